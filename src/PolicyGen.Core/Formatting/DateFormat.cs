using PolicyGen.Model;

namespace PolicyGen.Formatting;

/// <summary>Dates and months in words: <c>1er octobre 2021</c> / <c>1 oktober 2021</c>, <c>avril 2023</c>.</summary>
public static class DateFormat
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>The month names of a language, January first.</summary>
    public static IReadOnlyList<string> Months(Language language) => language == Language.Fr ? FrenchMonths : DutchMonths;

    /// <summary>The name of a month (1–12).</summary>
    public static string MonthName(int month, Language language) => Months(language)[month - 1];

    /// <summary>
    /// A date in words, with a no-break space between the day and the month:
    /// <c>1er octobre 2021</c>, <c>30 juin 2022</c> / <c>1 oktober 2021</c>.
    /// </summary>
    public static string Date(DateOnly date, Language language)
    {
        var day = language == Language.Fr && date.Day == 1 ? "1er" : NumberFormat.Plain(date.Day);
        return day + Characters.NoBreakSpace + MonthName(date.Month, language) + " " + NumberFormat.Plain(date.Year);
    }

    /// <summary>A month in words: <c>avril 2023</c> / <c>april 2023</c>.</summary>
    public static string Month(DateOnly firstDay, Language language) =>
        MonthName(firstDay.Month, language) + " " + NumberFormat.Plain(firstDay.Year);
}
