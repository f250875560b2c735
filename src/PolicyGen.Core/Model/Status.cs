using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>The state of an objective or action, entered once as a code and worded per language.</summary>
[Doc("A status: a code (on_track, done, not_started, small_deviation, to_correct, postponed), or {code, comment}, or {items: [...]}.")]
public sealed class Status : ModelNode, IScalarShorthand<Status>
{
    [Doc("The status code.")]
    public StatusCode? Code { get; set; }

    [Markdown, Doc("A qualifier printed after the status (or the status itself when the code is 'other').")]
    public LocalizedText? Comment { get; set; }

    [Doc("A status per item, when the objective reports several.")]
    public List<StatusItem>? Items { get; set; }

    public static string ScalarForms => "one of " + string.Join(", ", Enum.GetNames<StatusCode>().Select(SnakeCase.From));

    public static string ScalarPattern => "^(" + string.Join("|", Enum.GetNames<StatusCode>().Select(SnakeCase.From)) + ")$";

    public static Status? FromScalar(string text, out string? error)
    {
        foreach (var code in Enum.GetValues<StatusCode>())
        {
            if (SnakeCase.From(code.ToString()) == text)
            {
                error = null;
                return new Status { Code = code };
            }
        }

        error = $"'{text}' is not a status; use {ScalarForms}";
        return null;
    }
}

/// <summary>The status codes of the reference notes.</summary>
public enum StatusCode
{
    OnTrack,
    Done,
    NotStarted,
    SmallDeviation,
    ToCorrect,
    Postponed,
    Other,
}

/// <summary>The status of one item of an objective.</summary>
public sealed class StatusItem : ModelNode
{
    [RequiredKey, Doc("The item.")]
    public LocalizedText? Label { get; set; }

    [RequiredKey, Doc("Its status.")]
    public StatusCode? Code { get; set; }
}
