using System.Globalization;
using System.Text;

namespace PolicyGen.Formatting;

/// <summary>
/// Alphabetical order for lists such as the abbreviations, independent of the host's culture data:
/// letters compared without accents and case first, then ordinally to break ties.
/// </summary>
public sealed class Collation : IComparer<string?>
{
    public static Collation Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var primary = string.CompareOrdinal(Key(x ?? string.Empty), Key(y ?? string.Empty));
        return primary != 0 ? primary : string.CompareOrdinal(x, y);
    }

    /// <summary>The text without accents, in upper case: <c>Élan</c> → <c>ELAN</c>.</summary>
    public static string Key(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }

        return key.ToString();
    }
}
