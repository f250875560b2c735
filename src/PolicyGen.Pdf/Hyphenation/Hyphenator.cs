using System.Collections.Concurrent;

namespace PolicyGen.Pdf.Hyphenation;

/// <summary>
/// Liang hyphenation of one language, with the typographic rules the patterns do not carry:
/// <list type="bullet">
/// <item>a word that already has a hyphen breaks only after that hyphen (<see cref="ExplicitHyphens"/>), with at least
/// two letters before and the right minimum after it;</item>
/// <item>numbers, words with digits, acronyms and capitals-only words, CamelCase names, URLs and e-mail addresses
/// are never broken;</item>
/// <item>no break next to an apostrophe, nor after the first letter that follows one (<c>l'ad-mi-nis-tra-tion</c>),
/// nor just before a one-letter elision (<c>au-jourd'hui</c>, not <c>aujour-d'hui</c>);</item>
/// <item>left and right minimums counted in letters, and a minimum word length (<see cref="HyphenationRules"/>);</item>
/// <item>optionally no break before a vowel with a diaeresis (Dutch).</item>
/// </list>
/// Punctuation around a word (quotes, brackets, commas) is ignored. Results are cached; the class is thread-safe.
/// </summary>
public sealed class Hyphenator : IHyphenator
{
    private readonly LiangPatterns _patterns;
    private readonly Dictionary<string, int[]> _exceptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordBreak[]> _cache = new(StringComparer.Ordinal);

    /// <summary>A hyphenator over <paramref name="dictionary"/> with <paramref name="rules"/>.</summary>
    /// <param name="dictionary">The patterns; its own hyphen minimums apply when larger than the rules'.</param>
    /// <param name="rules">The language's limits.</param>
    /// <param name="exceptions">Words hyphenated by hand, with <c>-</c> at each allowed break (<c>ta-bleau</c>); they replace the patterns for that word.</param>
    public Hyphenator(HyphenationDictionary dictionary, HyphenationRules rules, IEnumerable<string>? exceptions = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(rules);
        _patterns = dictionary.Patterns;
        LeftMin = Math.Max(rules.LeftMin, dictionary.LeftHyphenMin ?? 0);
        RightMin = Math.Max(rules.RightMin, dictionary.RightHyphenMin ?? 0);
        Rules = rules;
        foreach (var exception in exceptions ?? [])
        {
            AddException(exception);
        }
    }

    /// <summary>The limits in force.</summary>
    public HyphenationRules Rules { get; }

    /// <summary>Letters that stay before a break: the larger of the rules' and the dictionary's.</summary>
    public int LeftMin { get; }

    /// <summary>Letters that go after a break: the larger of the rules' and the dictionary's.</summary>
    public int RightMin { get; }

    /// <inheritdoc />
    public IReadOnlyList<WordBreak> FindBreaks(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _cache.GetOrAdd(word, Compute);
    }

    /// <summary>
    /// The word with <c>-</c> at each hyphenation point and <c>|</c> after each explicit hyphen that may break, for tests
    /// and diagnostics: <c>ad-mi-nis-tra-tion</c>, <c>porte-|monnaie</c>.
    /// </summary>
    public string Show(string word)
    {
        var breaks = FindBreaks(word);
        var text = new System.Text.StringBuilder(word);
        for (var i = breaks.Count - 1; i >= 0; i--)
        {
            if (breaks[i].Kind == WordBreakKind.Hyphenation)
            {
                text.Insert(breaks[i].Position, '-');
            }
            else
            {
                text.Insert(breaks[i].Position, '|');
            }
        }

        return text.ToString();
    }

    private WordBreak[] Compute(string word)
    {
        if (word.Length == 0 || WordShape.IsUrlOrEmail(word))
        {
            return [];
        }

        if (word.AsSpan().IndexOfAny('-', '\u2010') >= 0)
        {
            return [.. ExplicitHyphens.FindBreaks(word, 2, Math.Max(2, RightMin))];
        }

        if (WordShape.HasDigit(word) || !WordShape.TryGetLetterCore(word, out var start, out var length))
        {
            return [];
        }

        var core = word.AsSpan(start, length);
        if (WordShape.IsAcronym(core) || WordShape.HasInnerCapital(core) || WordShape.CountLetters(core) < Rules.MinWordLetters)
        {
            return [];
        }

        var key = Normalise(core);
        var candidates = _exceptions.TryGetValue(key, out var fixedBreaks) ? fixedBreaks : PatternBreaks(key);
        var breaks = new List<WordBreak>();
        foreach (var p in candidates)
        {
            if (Allowed(core, p))
            {
                breaks.Add(new WordBreak(start + p, WordBreakKind.Hyphenation));
            }
        }

        return [.. breaks];
    }

    private int[] PatternBreaks(string normalised)
    {
        var levels = _patterns.Levels(normalised);
        var positions = new List<int>();
        for (var p = 1; p < normalised.Length; p++)
        {
            if ((levels[p] & 1) == 1)
            {
                positions.Add(p);
            }
        }

        return [.. positions];
    }

    private bool Allowed(ReadOnlySpan<char> core, int p)
    {
        if (p <= 0 || p >= core.Length || !char.IsLetter(core[p - 1]) || !char.IsLetter(core[p]))
        {
            return false;
        }

        // Not after the first letter that follows an apostrophe (l'a-dministration), nor just before a one-letter
        // elision inside a word (aujour-d'hui).
        if ((p >= 2 && WordShape.IsApostrophe(core[p - 2])) || (p + 1 < core.Length && WordShape.IsApostrophe(core[p + 1])))
        {
            return false;
        }

        if (Rules.NoBreakBeforeTrema && WordShape.IsTremaVowel(core[p]))
        {
            return false;
        }

        return WordShape.CountLetters(core[..p]) >= LeftMin && WordShape.CountLetters(core[p..]) >= RightMin;
    }

    private void AddException(string hyphenated)
    {
        var letters = new System.Text.StringBuilder(hyphenated.Length);
        var positions = new List<int>();
        foreach (var c in hyphenated.Trim())
        {
            if (c == '-')
            {
                positions.Add(letters.Length);
            }
            else
            {
                letters.Append(c);
            }
        }

        _exceptions[Normalise(letters.ToString())] = [.. positions];
    }

    /// <summary>Lowercase, with the typographic apostrophe folded to the typewriter one, as the patterns expect.</summary>
    private static string Normalise(ReadOnlySpan<char> core)
    {
        Span<char> lower = core.Length <= 128 ? stackalloc char[core.Length] : new char[core.Length];
        core.ToLowerInvariant(lower);
        lower.Replace('\u2019', '\'');
        return new string(lower);
    }
}
