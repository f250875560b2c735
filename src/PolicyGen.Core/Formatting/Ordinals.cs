using System.Text;
using PolicyGen.Model;

namespace PolicyGen.Formatting;

/// <summary>Roman numerals and ordinals: <c>CHAPITRE Ier</c> / <c>HOOFDSTUK I</c>, <c>1er</c>, <c>2e</c>.</summary>
public static class Ordinals
{
    private static readonly (int Value, string Numeral)[] RomanDigits =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>A Roman numeral: <c>4</c> → <c>IV</c>. Numbers below 1 are printed in digits.</summary>
    public static string Roman(int value)
    {
        if (value < 1 || value > 3999)
        {
            return NumberFormat.Plain(value);
        }

        var text = new StringBuilder();
        foreach (var (digit, numeral) in RomanDigits)
        {
            while (value >= digit)
            {
                text.Append(numeral);
                value -= digit;
            }
        }

        return text.ToString();
    }

    /// <summary>The number of a chapter: <c>Ier</c>, <c>II</c>… in French; <c>I</c>, <c>II</c>… in Dutch.</summary>
    public static string Chapter(int value, Language language) =>
        language == Language.Fr && value == 1 ? "Ier" : Roman(value);

    /// <summary>An ordinal in digits: <c>1er</c>, <c>2e</c> in French; <c>1e</c>, <c>2e</c> in Dutch.</summary>
    public static string Ordinal(int value, Language language) =>
        NumberFormat.Plain(value) + (language == Language.Fr && value == 1 ? "er" : "e");
}
