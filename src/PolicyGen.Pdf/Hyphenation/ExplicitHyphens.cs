namespace PolicyGen.Pdf.Hyphenation;

/// <summary>
/// Breaks after the hyphens already in a word (<c>porte-/monnaie</c>, <c>sociaal-/economisch</c>). A break needs a
/// letter on each side of the hyphen and enough letters in the parts before and after it (two by default), so
/// <c>e-mail</c>, <c>va-t-en</c>, <c>appellera-t-elle</c>, <c>COVID-19</c> and <c>2021-2022</c> are never broken there.
/// </summary>
public static class ExplicitHyphens
{
    /// <summary>The explicit-hyphen breaks of <paramref name="word"/>; empty for URLs and e-mail addresses.</summary>
    /// <param name="word">The word.</param>
    /// <param name="minBefore">Letters the part before the hyphen must have.</param>
    /// <param name="minAfter">Letters the part after the hyphen must have (French: 3, so no <c>celles-/ci</c>).</param>
    public static IReadOnlyList<WordBreak> FindBreaks(string word, int minBefore = 2, int minAfter = 2)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (WordShape.IsUrlOrEmail(word))
        {
            return [];
        }

        var breaks = new List<WordBreak>();
        var partStart = 0;
        for (var h = 0; h < word.Length; h++)
        {
            if (!WordShape.IsBreakableHyphen(word[h]))
            {
                continue;
            }

            var nextHyphen = h + 1;
            while (nextHyphen < word.Length && !WordShape.IsBreakableHyphen(word[nextHyphen]))
            {
                nextHyphen++;
            }

            var before = word.AsSpan(partStart, h - partStart);
            var after = word.AsSpan(h + 1, nextHyphen - h - 1);
            if (h > 0 && h + 1 < word.Length
                && char.IsLetter(word[h - 1]) && char.IsLetter(word[h + 1])
                && WordShape.CountLetters(before) >= minBefore && WordShape.CountLetters(after) >= minAfter)
            {
                breaks.Add(new WordBreak(h + 1, WordBreakKind.ExplicitHyphen));
            }

            partStart = h + 1;
        }

        return breaks;
    }
}
