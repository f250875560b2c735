using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyGen.Validation;

/// <summary>
/// Finds the numbers of a French or Dutch text as values, the way both languages write them in Belgium:
/// a point or a (no-break) space between groups of three digits, a comma for decimals. <c>30.001</c> is
/// thirty thousand and one, <c>30,001</c> thirty point zero zero one. A point followed by other than three
/// digits is read as a decimal point (<c>0.5</c>), as some authors write.
/// </summary>
public static partial class NumberExtractor
{
    [GeneratedRegex(@"(?<![\p{L}\d.,])\d{1,3}(?:(?:\.|[ \u00A0\u202F\u2009])\d{3})+(?:,\d+)?(?![\d\p{L}])|(?<![\p{L}\d.,])\d+(?:[.,]\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\[\^[^\]]+\]")]
    private static partial Regex FootnoteReference();

    /// <summary>The numbers in <paramref name="text"/>, each with the text it was read from.</summary>
    public static IEnumerable<(decimal Value, string Written)> Numbers(string text)
    {
        text = FootnoteReference().Replace(text, " ");
        foreach (Match m in NumberPattern().Matches(text))
        {
            if (Parse(m.Value) is { } value)
            {
                yield return (value, m.Value);
            }
        }
    }

    private static readonly Dictionary<string, decimal> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8,
        ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["vingt"] = 20, ["cent"] = 100,
        ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7, ["acht"] = 8,
        ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["twintig"] = 20, ["honderd"] = 100,
        ["tweeërlei"] = 2, ["drieërlei"] = 3,
        ["premier"] = 1, ["première"] = 1, ["deuxième"] = 2, ["second"] = 2, ["seconde"] = 2, ["troisième"] = 3,
        ["quatrième"] = 4, ["cinquième"] = 5, ["eerste"] = 1, ["tweede"] = 2, ["derde"] = 3, ["vierde"] = 4, ["vijfde"] = 5,
        ["un"] = 1, ["une"] = 1, ["één"] = 1, ["een"] = 1,
    };

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>Small numbers written as words (deux, twee…): they may stand for a digit of the other language.</summary>
    public static IEnumerable<decimal> NumberWordValues(string text)
    {
        foreach (Match m in Word().Matches(text))
        {
            if (NumberWords.TryGetValue(m.Value, out var value))
            {
                yield return value;
            }
        }
    }

    public static decimal? Parse(string written)
    {
        var s = written.Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal)
            .Replace("\u2009", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal);
        var comma = s.IndexOf(',', StringComparison.Ordinal);
        string integer = comma >= 0 ? s[..comma] : s, fraction = comma >= 0 ? s[(comma + 1)..] : string.Empty;
        var groups = integer.Split('.');
        if (groups.Length > 1)
        {
            var thousands = groups.Skip(1).All(g => g.Length == 3) && comma < 0 || (comma >= 0 && groups.Skip(1).All(g => g.Length == 3));
            if (thousands)
            {
                integer = string.Concat(groups);
            }
            else if (groups.Length == 2 && comma < 0)
            {
                fraction = groups[1];
                integer = groups[0];
            }
            else
            {
                return null;
            }
        }

        var normal = fraction.Length > 0 ? $"{integer}.{fraction}" : integer;
        return decimal.TryParse(normal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
