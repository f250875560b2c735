namespace PolicyGen.Pdf.Hyphenation;

/// <summary>The typographic limits a language puts on pattern hyphenation, on top of the patterns themselves.</summary>
/// <param name="LeftMin">Letters that must stay before a break (the dictionary's own value wins if it is larger).</param>
/// <param name="RightMin">Letters that must go after a break (the dictionary's own value wins if it is larger).</param>
/// <param name="MinWordLetters">Words with fewer letters are never hyphenated.</param>
/// <param name="NoBreakBeforeTrema">
/// Forbid a break just before a vowel with a diaeresis (Dutch <c>be-ëindigen</c> must be set <c>be-eindigen</c>, a letter
/// change the engine does not make, so it does not break there at all).
/// </param>
public sealed record HyphenationRules(int LeftMin, int RightMin, int MinWordLetters, bool NoBreakBeforeTrema)
{
    /// <summary>
    /// French: at least 2 letters before and 3 after a break (no final syllable of fewer than three letters:
    /// <c>coutu-re</c> is wrong), words of 5 letters or more. The patterns file says 2/2; French practice says 3 after.
    /// </summary>
    public static HyphenationRules French { get; } = new(LeftMin: 2, RightMin: 3, MinWordLetters: 5, NoBreakBeforeTrema: false);

    /// <summary>Dutch: never a single letter on either side (2/2), words of 5 letters or more, no break before a trema.</summary>
    public static HyphenationRules Dutch { get; } = new(LeftMin: 2, RightMin: 2, MinWordLetters: 5, NoBreakBeforeTrema: true);
}
