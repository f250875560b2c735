using System.Globalization;
using System.Text;

namespace PolicyGen.Formatting;

/// <summary>
/// Numbers as the notes print them, in both languages: a point between groups of three digits and a comma
/// before decimals (<c>140.000</c>, <c>22.687,5</c>). Our own rules, never the host's culture data.
/// </summary>
public static class NumberFormat
{
    /// <summary>A number: <c>140000</c> → <c>140.000</c>, <c>22687.5</c> → <c>22.687,5</c>, <c>0.50</c> → <c>0,5</c>.</summary>
    public static string Number(decimal value)
    {
        var invariant = Math.Abs(value).ToString("0.############################", CultureInfo.InvariantCulture);
        var point = invariant.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? invariant : invariant[..point];
        var fraction = point < 0 ? string.Empty : invariant[(point + 1)..];
        var text = new StringBuilder();
        if (value < 0)
        {
            text.Append(Characters.Minus);
        }

        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                text.Append('.');
            }

            text.Append(whole[i]);
        }

        if (fraction.Length > 0)
        {
            text.Append(',').Append(fraction);
        }

        return text.ToString();
    }

    /// <summary>A year, a code or any whole number printed without group separators: <c>2024</c>.</summary>
    public static string Plain(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A percentage: <c>40</c> → <c>40 %</c> with a narrow no-break space.</summary>
    public static string Percent(decimal value) => Number(value) + Characters.NarrowNoBreakSpace + "%";
}
