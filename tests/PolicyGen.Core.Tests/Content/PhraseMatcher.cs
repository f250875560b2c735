namespace PolicyGen.Tests.Content;

/// <summary>Finds the phrases of <see cref="LabelPhrases"/> in a list of normalised words.</summary>
internal sealed class PhraseMatcher
{
    /// <summary>The number of words from which a label is too long to be the start of a sentence.</summary>
    private const int LongLabel = 5;

    private readonly List<(Element[] Elements, PhraseKind Kind)> _phrases;

    public PhraseMatcher(IEnumerable<(string Pattern, PhraseKind Kind)> phrases)
    {
        _phrases = [.. phrases.Select(p => (Compile(p.Pattern), p.Kind))];
    }

    public static PhraseMatcher Default { get; } = new(LabelPhrases.All());

    /// <summary>
    /// The longest phrase that starts at <paramref name="start"/> and ends where such a phrase may end:
    /// a label before a colon (or, when <paramref name="blockAllowed"/>, at the line or paragraph end); a worded
    /// value, when <paramref name="blockAllowed"/>, before punctuation or at the line or paragraph end, or anywhere
    /// right after a label (« Statut de l'OO : Selon le planning approuvé par… »). A long label that opens a dash
    /// item needs no colon: the print sometimes drops it (« – Gewenste output per actie en project easy.brussels… »).
    /// </summary>
    public (int Length, PhraseKind Kind) Longest(IReadOnlyList<Word> words, int start, bool blockAllowed, bool afterLabel, bool dashItem)
    {
        var best = (Length: 0, Kind: PhraseKind.Label);
        foreach (var (elements, kind) in _phrases)
        {
            foreach (var end in Ends(elements, 0, words, start))
            {
                var length = end - start;
                var endsWell = (afterLabel && kind == PhraseKind.Value)
                    || (dashItem && kind != PhraseKind.Value && length >= LongLabel)
                    || EndsWell(words[end - 1].Next, kind, blockAllowed);
                if (length <= best.Length || !endsWell)
                {
                    continue;
                }

                best = (length, kind);
            }
        }

        return best;
    }

    private static bool EndsWell(char next, PhraseKind kind, bool blockAllowed) => kind switch
    {
        PhraseKind.Value => blockAllowed && next is '.' or ',' or ';' or ':' or '\n' or '\0',
        _ => next == ':' || (blockAllowed && next is '\n' or '\0'),
    };

    /// <summary>Every word index where the pattern, from element <paramref name="e"/>, can end.</summary>
    private static IEnumerable<int> Ends(Element[] elements, int e, IReadOnlyList<Word> words, int i)
    {
        if (e == elements.Length)
        {
            yield return i;
            yield break;
        }

        var element = elements[e];
        if (element.Optional)
        {
            foreach (var end in Ends(elements, e + 1, words, i))
            {
                yield return end;
            }
        }

        if (i < words.Count && element.Accepts(words[i].Text))
        {
            foreach (var end in Ends(elements, e + 1, words, i + 1))
            {
                yield return end;
            }
        }
    }

    private static Element[] Compile(string pattern)
    {
        var elements = new List<Element>();
        foreach (var part in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var optional = part.EndsWith('?');
            var body = optional ? part[..^1] : part;
            if (body == "#" || body == "*")
            {
                elements.Add(new Element(null, optional, body == "#"));
                continue;
            }

            if (body.Contains('|', StringComparison.Ordinal) || optional)
            {
                var alternatives = body.Split('|').Select(a => WordTokenizer.NormalisedWords(a).ToList()).ToList();
                if (alternatives.Any(a => a.Count != 1))
                {
                    throw new InvalidOperationException($"In '{pattern}', '{part}': alternatives and optional parts must be single words.");
                }

                elements.Add(new Element([.. alternatives.Select(a => a[0])], optional, false));
                continue;
            }

            foreach (var word in WordTokenizer.NormalisedWords(body))
            {
                elements.Add(new Element([word], false, false));
            }
        }

        return [.. elements];
    }

    private sealed record Element(HashSet<string>? Words, bool Optional, bool Number)
    {
        public bool Accepts(string word) =>
            Words is not null ? Words.Contains(word) : !Number || char.IsDigit(word[0]);
    }
}
