using System.Text;
using System.Text.RegularExpressions;

namespace PolicyGen.Tests.Content;

/// <summary>A word of a text, normalised for comparison, with where it stands in its text.</summary>
/// <param name="Text">The normalised word (lower case, no hyphens, unified apostrophes, number groups joined).</param>
/// <param name="Start">Its offset in the text it was read from.</param>
/// <param name="Next">The first character after the word that is not a space or a closing bracket or quote;
/// <c>'\n'</c> at a line end, <c>'\0'</c> at the end of the text.</param>
internal readonly record struct Word(string Text, int Start, char Next);

/// <summary>
/// Turns a text into comparable words, the same way for the extract and for the sources, so that typography
/// (apostrophes, thin spaces, hyphens, digit grouping) never makes two equal words differ.
/// </summary>
internal static partial class WordTokenizer
{
    /// <summary>Everything that is used as an apostrophe in the extract or in the sources.</summary>
    private const string Apostrophes = "'’‘›ʼ´`";

    private const char WordJoiner = '\u2060';

    /// <summary>Replaces the characters that typography varies by their plain form; NFC first.</summary>
    public static string CleanCharacters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            switch (c)
            {
                case '\uFFFD' or '\u00AD' or '\u200B' or '\uFEFF':
                    break;
                case '\t':
                    sb.Append(' ');
                    break;
                case '\n':
                    sb.Append('\n');
                    break;
                case '\r':
                    break;
                default:
                    if (Apostrophes.Contains(c, StringComparison.Ordinal))
                    {
                        sb.Append('\'');
                    }
                    else if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator)
                    {
                        sb.Append(' ');
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Joins the digit groups of numbers written with spaces (<c>1 113</c>, <c>20 000</c>, a line break inside
    /// <c>6 320</c>) and the five groups of a budget allocation code (<c>05 002 08 01 1211</c>), so that they
    /// read as one word like <c>140.000</c> or a typed <c>140000</c>. The separators become word joiners
    /// (U+2060): the text keeps its length, so offsets into it stay valid.
    /// </summary>
    public static string JoinNumberGroups(string text)
    {
        text = AllocationCode().Replace(text, m => Joined(m.Value));
        return SpacedThousands().Replace(text, m => Joined(m.Value));
    }

    private static string Joined(string number) =>
        string.Create(number.Length, number, (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = s[i] is ' ' or '\n' or '.' ? WordJoiner : s[i];
            }
        });

    /// <summary>The words of a cleaned text (see <see cref="CleanCharacters"/>), in order.</summary>
    public static List<Word> Words(string text)
    {
        var result = new List<Word>();
        foreach (Match m in RawWord().Matches(text))
        {
            var normalised = Normalise(m.Value);
            if (normalised.Length == 0)
            {
                continue;
            }

            result.Add(new Word(normalised, m.Index, NextCharacter(text, m.Index + m.Length)));
        }

        return result;
    }

    /// <summary>The normalised words of any text (cleaning and number joining included).</summary>
    public static IEnumerable<string> NormalisedWords(string text) =>
        Words(JoinNumberGroups(CleanCharacters(text))).Select(w => w.Text);

    /// <summary>Lower case; hyphens dropped (so <c>admi-nistrations</c>, <c>e-mail</c> and <c>email</c> agree);
    /// the group and decimal separators inside numbers dropped (<c>140.000</c>, <c>22.687,5</c> = <c>22687.5</c>).</summary>
    private static string Normalise(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '-')
            {
                continue;
            }

            if (c is '.' or ',' or WordJoiner)
            {
                // Only kept by the word pattern between two digits: a group or decimal separator.
                continue;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString().Trim('\'');
    }

    private static char NextCharacter(string text, int index)
    {
        for (var i = index; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                return '\n';
            }

            if (c is ' ' or ')' or ']' or '»' or '"' or '*' or '”')
            {
                continue;
            }

            return c;
        }

        return '\0';
    }

    /// <summary>Letters and digits, joined by apostrophes or hyphens, and by a point or comma between digits.
    /// A point between letters separates words, so <c>easy.brussels</c> broken after the point still agrees.</summary>
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:(?:['\-]+|(?<=\p{N})(?:[.,]|\u2060+)(?=\p{N}))[\p{L}\p{M}\p{N}]+)*")]
    private static partial Regex RawWord();

    [GeneratedRegex(@"(?<![\d.,])\d{2}(?:\.|[ \n]+)\d{3}(?:\.|[ \n]+)\d{2}(?:\.|[ \n]+)\d{2}(?:\.|[ \n]+)\d{4}(?![\d])")]
    private static partial Regex AllocationCode();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:[ \n]+\d{3})+(?![\d])")]
    private static partial Regex SpacedThousands();
}
