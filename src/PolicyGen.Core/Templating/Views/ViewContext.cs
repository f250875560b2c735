using System.Text;
using PolicyGen.Diagnostics;
using PolicyGen.Markdown;
using PolicyGen.Model;
using Scriban.Runtime;

namespace PolicyGen.Templating.Views;

/// <summary>
/// What the view builders share for one note in one language: the language, the project and note, the
/// rendering session, and the record of where each id of the document was written in the sources.
/// </summary>
internal sealed class ViewContext(Project project, Note? note, RenderSession session)
{
    private readonly Dictionary<string, SourceLocation> _origins = new(StringComparer.Ordinal);

    public Project Project { get; } = project;

    public Note? Note { get; } = note;

    public RenderSession Session { get; } = session;

    public Language Language => Session.Language;

    public bool NumberSections => Note?.Profile?.NumberSections == true;

    /// <summary>Where the thing each id names was written.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Origins => _origins;

    /// <summary>Records the source of an id and returns the id.</summary>
    public string Id(string id, ModelNode node)
    {
        _origins.TryAdd(id, node.Location);
        return id;
    }

    /// <summary>A plain text in this language, NFC-normalised and escaped for Markdown; null when absent or empty.</summary>
    public string? Plain(LocalizedText? text) =>
        text?[Language] is { } value && !string.IsNullOrWhiteSpace(value) ? MarkdownEscaper.Escape(value.Trim().Normalize(NormalizationForm.FormC)) : null;

    /// <summary>A rich text in this language, NFC-normalised; null when absent or empty.</summary>
    public RichTextValue? Rich(LocalizedText? text) =>
        text?[Language] is { } value && !string.IsNullOrWhiteSpace(value) ? new RichTextValue(value.Normalize(NormalizationForm.FormC), text.LocationOf(Language)) : null;

    /// <summary>A Markdown text for a run-in position inside a formatted value.</summary>
    public string RunIn(LocalizedText text) =>
        Rich(text) is { } rich ? Session.RunIn(rich) : string.Empty;

    /// <summary>A value formatted when written.</summary>
    public static DeferredText Deferred(Func<string> render) => new(render);

    /// <summary>A list of plain texts, or null when the list is absent.</summary>
    public ScriptArray? PlainList(IEnumerable<LocalizedText>? texts) =>
        texts is null ? null : View.List(texts, t => Plain(t));
}
