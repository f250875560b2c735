namespace PolicyGen.Pdf.Hyphenation;

/// <summary>Finds where a word may be broken across lines, in one language.</summary>
public interface IHyphenator
{
    /// <summary>
    /// The allowed breaks in <paramref name="word"/> (a run of text without spaces, possibly with punctuation around it),
    /// in increasing position order. Empty when the word must not be broken.
    /// </summary>
    IReadOnlyList<WordBreak> FindBreaks(string word);
}
