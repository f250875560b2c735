using PolicyGen.Model;

namespace PolicyGen.Formatting;

/// <summary>
/// A status in words: <c>Selon le planning.</c>, or with a qualifier <c>Selon le planning : …</c>;
/// the status <c>other</c> prints its comment alone.
/// </summary>
public static class StatusFormat
{
    /// <param name="status">The status.</param>
    /// <param name="language">The language to print.</param>
    /// <param name="text">Turns a source text into printable text (escaped or Markdown), per language.</param>
    public static string Format(Status status, Language language, Func<LocalizedText, string> text)
    {
        if (status.Code is not { } code)
        {
            return status.Comment is null ? string.Empty : text(status.Comment);
        }

        return Phrase(code, status.Comment is null ? null : text(status.Comment), language);
    }

    /// <summary>A status code with an optional qualifier.</summary>
    public static string Phrase(StatusCode code, string? comment, Language language)
    {
        if (code == StatusCode.Other && comment is not null)
        {
            return comment;
        }

        var phrase = Words.Status(code, language);
        return comment is null ? phrase + "." : phrase + Characters.Colon + " " + comment;
    }

    /// <summary>One item of a per-item status: <c>Inventaire : à corriger</c>.</summary>
    public static string Item(string label, StatusCode code, Language language) =>
        label + Characters.Colon + " " + LowerFirst(Words.Status(code, language));

    private static string LowerFirst(string word) =>
        word.Length == 0 ? word : char.ToLowerInvariant(word[0]) + word[1..];
}
