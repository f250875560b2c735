using System.Text.RegularExpressions;

namespace PolicyGen.Documents.Selection;

/// <summary>
/// The reference of a heading as an editor writes it (<c>II</c>, <c>IV.2</c>, <c>IV.2.3</c>), read from the number
/// the heading prints: the first word that is a Roman numeral, possibly with an ordinal ending (<c>Ier</c>) and
/// dotted numbers (<c>IV.1.1.</c>). <c>CHAPITRE Ier</c> gives <c>I</c>, <c>IV.1 OS 1 :</c> gives <c>IV.1</c>.
/// </summary>
public static partial class PartReference
{
    [GeneratedRegex(@"^(?<roman>[IVXLC]+)(?:er|re|e)?(?<rest>(?:\.[0-9]+)*)\.?$")]
    private static partial Regex Numbered();

    /// <summary>The reference of a heading number, or null when it holds none.</summary>
    public static string? Of(string? number)
    {
        if (number is null)
        {
            return null;
        }

        foreach (var word in number.Split([' ', '\u00A0', '\u202F', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var match = Numbered().Match(word);
            if (match.Success)
            {
                return match.Groups["roman"].Value + match.Groups["rest"].Value;
            }
        }

        return null;
    }

    /// <summary>A reference as typed on the command line, in the form <see cref="Of"/> gives: <c>iv.2.</c> is <c>IV.2</c>.</summary>
    public static string Normalize(string typed) => typed.Trim().TrimEnd('.').ToUpperInvariant();
}
