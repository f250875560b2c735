using PolicyGen.Model;

namespace PolicyGen.Formatting;

/// <summary>
/// A deadline in words: <c>2024</c>, <c>avril 2023</c>, <c>30 juin 2022</c>,
/// <c>action régulière jusqu'en 2024</c> / <c>regelmatige actie tot 2024</c>, or its text.
/// </summary>
public static class DeadlineFormat
{
    /// <param name="deadline">The deadline.</param>
    /// <param name="language">The language to print.</param>
    /// <param name="text">Turns a source text into printable text (escaped or Markdown), per language.</param>
    public static string Format(Deadline deadline, Language language, Func<LocalizedText, string> text)
    {
        var parts = new List<string>();
        if (deadline.Year is { } year)
        {
            parts.Add(NumberFormat.Plain(year));
        }

        if (deadline.MonthValue() is { } month)
        {
            parts.Add(DateFormat.Month(month, language));
        }

        if (deadline.Date is { } date)
        {
            parts.Add(DateFormat.Date(date, language));
        }

        if (deadline.RecurringUntil is { } until)
        {
            parts.Add((language == Language.Fr ? "action régulière jusqu’en " : "regelmatige actie tot ") + NumberFormat.Plain(until));
        }

        if (deadline.Text is not null)
        {
            parts.Add(text(deadline.Text));
        }

        return string.Join(" ; ", parts);
    }
}
