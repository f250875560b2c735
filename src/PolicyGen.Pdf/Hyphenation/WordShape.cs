namespace PolicyGen.Pdf.Hyphenation;

/// <summary>Character classes and word shapes that decide whether a word may be hyphenated at all.</summary>
public static class WordShape
{
    /// <summary>Whether <paramref name="c"/> is an apostrophe (typewriter <c>'</c> or typographic <c>’</c>).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Whether <paramref name="c"/> is a hyphen after which a word may break (<c>-</c> or U+2010, not U+2011).</summary>
    public static bool IsBreakableHyphen(char c) => c is '-' or '\u2010';

    /// <summary>Whether <paramref name="c"/> is a lowercase or uppercase vowel with a diaeresis.</summary>
    public static bool IsTremaVowel(char c) => "äëïöüÿÄËÏÖÜŸ".Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// Whether the word looks like a URL, an e-mail address, a domain or a path: it contains <c>@</c>, <c>/</c>,
    /// <c>\</c>, <c>://</c>, starts with <c>www.</c>, or has a dot between two letters or digits. Such words are never broken.
    /// </summary>
    public static bool IsUrlOrEmail(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAny('@', '/', '\\') >= 0 || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i] == '.' && char.IsLetterOrDigit(word[i - 1]) && char.IsLetterOrDigit(word[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word contains a digit (numbers, dates, references: never hyphenated).</summary>
    public static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word is an acronym or written in capitals: the part after its last apostrophe has at least two
    /// letters and no lowercase one (<c>ONSS</c>, <c>l'ONSS</c>, <c>RIZIV</c>).
    /// </summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var tail = word[(word.LastIndexOfAny('\'', '\u2019') + 1)..];
        var letters = 0;
        foreach (var c in tail)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>
    /// Whether the word has a capital that does not start it or follow an apostrophe: brand names and CamelCase
    /// (<c>BestAddress</c>, <c>ConnectIT</c>), which the patterns do not know and which are not hyphenated.
    /// </summary>
    public static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLetter(word[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word's letter core: the word without leading and trailing characters that are neither letters nor
    /// apostrophes (quotes, brackets, punctuation). Returns <c>false</c> when there is no letter, or when the core has
    /// anything but letters and apostrophes inside (digits, dots, ampersands…), in which case it is not hyphenated.
    /// </summary>
    public static bool TryGetLetterCore(ReadOnlySpan<char> word, out int start, out int length)
    {
        var first = 0;
        while (first < word.Length && !char.IsLetter(word[first]))
        {
            first++;
        }

        var last = word.Length - 1;
        while (last >= first && !char.IsLetter(word[last]))
        {
            last--;
        }

        start = first;
        length = last - first + 1;
        if (length <= 0)
        {
            start = length = 0;
            return false;
        }

        foreach (var c in word.Slice(first, length))
        {
            if (!char.IsLetter(c) && !IsApostrophe(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number of letters in <paramref name="text"/>.</summary>
    public static int CountLetters(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                n++;
            }
        }

        return n;
    }
}
