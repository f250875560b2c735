using System.Globalization;
using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>
/// A deadline, entered once and formatted per language: a year (<c>2024</c>), a month (<c>2023-04</c>),
/// a date (<c>2022-06-30</c>), a recurring action (<c>{recurring_until: 2024}</c>) or a text.
/// </summary>
[Doc("A deadline: 2024, 2023-04, 2022-06-30, {recurring_until: 2024}, or {text: {fr, nl}}.")]
public sealed class Deadline : ModelNode, IScalarShorthand<Deadline>
{
    [Doc("A year.")]
    public int? Year { get; set; }

    [Doc("A month, written YYYY-MM.")]
    public string? Month { get; set; }

    [Doc("A date, written YYYY-MM-DD.")]
    public DateOnly? Date { get; set; }

    [Doc("A regular action until that year (action régulière jusqu'en … / regelmatige actie tot …).")]
    public int? RecurringUntil { get; set; }

    [Markdown, Doc("A deadline that is not a plain date (a milestone, several dates, an event).")]
    public LocalizedText? Text { get; set; }

    [Doc("The deadline is knowingly outside the legislature.")]
    public bool? BeyondLegislature { get; set; }

    public static string ScalarForms => "a year (2024), a month (2023-04) or a date (2022-06-30)";

    public static string ScalarPattern => @"^\d{4}(-\d{2}(-\d{2})?)?$";

    /// <summary>The years this deadline names, for the legislature check.</summary>
    public IEnumerable<int> Years()
    {
        if (Year is { } y)
        {
            yield return y;
        }

        if (MonthValue() is { } m)
        {
            yield return m.Year;
        }

        if (Date is { } d)
        {
            yield return d.Year;
        }

        if (RecurringUntil is { } r)
        {
            yield return r;
        }
    }

    /// <summary>The month as a date on its first day, or null when absent or malformed.</summary>
    public DateOnly? MonthValue() =>
        Month is not null && DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    public static Deadline? FromScalar(string text, out string? error)
    {
        error = null;
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return new Deadline { Year = year };
        }

        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return new Deadline { Month = text };
        }

        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new Deadline { Date = date };
        }

        error = $"'{text}' is not a deadline; write {ScalarForms}, or a mapping such as {{text: {{fr: …, nl: …}}}}";
        return null;
    }
}
