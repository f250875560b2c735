using PolicyGen.Model;

namespace PolicyGen.Formatting;

/// <summary>Amounts in euros, full-time equivalents and other quantities with their unit.</summary>
public static class AmountFormat
{
    /// <summary><c>140000</c> → <c>140.000 euros</c> (French) / <c>140.000 euro</c> (Dutch), with a no-break space.</summary>
    public static string Euros(decimal value, Language language)
    {
        var unit = language == Language.Fr ? (Math.Abs(value) >= 2 ? "euros" : "euro") : "euro";
        return WithUnit(NumberFormat.Number(value), unit);
    }

    /// <summary>A number of full-time equivalents without unit: <c>0.5</c> → <c>0,5</c>.</summary>
    public static string Fte(decimal value) => NumberFormat.Number(value);

    /// <summary>A number of full-time equivalents with its unit: <c>0,5 ETP</c> / <c>0,5 VTE</c>.</summary>
    public static string FteWithUnit(decimal value, Language language) =>
        WithUnit(NumberFormat.Number(value), language == Language.Fr ? "ETP" : "VTE");

    /// <summary>A value and its unit joined by a no-break space.</summary>
    public static string WithUnit(string value, string unit) =>
        unit.Length == 0 ? value : value + Characters.NoBreakSpace + unit;
}
