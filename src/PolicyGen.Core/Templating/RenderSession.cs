using PolicyGen.Markdown;
using PolicyGen.Model;

namespace PolicyGen.Templating;

/// <summary>The state of one rendering of one note (or the cover) in one language.</summary>
public sealed class RenderSession
{
    public RenderSession(Language language, LabelCatalogue labels)
    {
        Language = language;
        Labels = labels;
    }

    public Language Language { get; }

    public LabelCatalogue Labels { get; }

    /// <summary>Prepares rich text for insertion and keeps the footnotes taken out of it.</summary>
    public RichTextInsertion Insertion { get; } = new();

    /// <summary>A rich text as whole blocks, followed by a newline so that a blank line ends it.</summary>
    public string Blocks(RichTextValue text) => Insertion.Blocks(text.Markdown) + "\n";

    /// <summary>A rich text run into the current line; further blocks indented by <paramref name="indent"/>.</summary>
    public string RunIn(RichTextValue text, int indent = 2) => Insertion.RunIn(text.Markdown, indent);
}
