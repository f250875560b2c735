using PolicyGen.Diagnostics;

namespace PolicyGen.Templating;

/// <summary>
/// A rich-text field in a template's data: Markdown written by the user. Writing it (<c>{{ oo.description }}</c>)
/// inserts it as whole blocks, its footnotes renamed and moved to the end of the note;
/// <c>{{ pg.inline oo.description }}</c> runs its first paragraph into the current line.
/// </summary>
public sealed class RichTextValue(string markdown, SourceLocation location)
{
    /// <summary>The Markdown as written in the sources.</summary>
    public string Markdown { get; } = markdown;

    /// <summary>Where it was written.</summary>
    public SourceLocation Location { get; } = location;

    public override string ToString() => Markdown;
}

/// <summary>A value formatted when the template writes it (so that its footnotes are numbered in writing order).</summary>
public sealed class DeferredText(Func<string> render)
{
    public string Render() => render();

    public override string ToString() => Render();
}
