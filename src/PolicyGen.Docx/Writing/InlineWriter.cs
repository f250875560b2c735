using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Docx.Styles;
using PolicyGen.Documents;
using PolicyGen.Model;
using DocEmphasis = PolicyGen.Documents.Emphasis;
using DocFootnoteReference = PolicyGen.Documents.FootnoteReference;
using DocText = PolicyGen.Documents.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PolicyGen.Docx.Writing;

/// <summary>
/// Writes inline content as runs of one language: every run carries its <c>w:lang</c>, bold and italic as run
/// properties, links as <c>w:hyperlink</c> (to a bookmark, or through a relationship), note calls as footnote
/// references with the language's own number.
/// </summary>
internal sealed class InlineWriter : IInlineVisitor<IEnumerable<OpenXmlElement>>
{
    private readonly ColumnScope _scope;
    private readonly bool _bold;
    private readonly bool _italic;
    private readonly bool _inLink;

    public InlineWriter(ColumnScope scope)
        : this(scope, false, false, false)
    {
    }

    private InlineWriter(ColumnScope scope, bool bold, bool italic, bool inLink)
    {
        _scope = scope;
        _bold = bold;
        _italic = italic;
        _inLink = inLink;
    }

    /// <summary>The runs of inline content; <paramref name="inLink"/> when they go inside a hyperlink already.</summary>
    public static IReadOnlyList<OpenXmlElement> Write(ColumnScope scope, IEnumerable<Inline> inlines, bool inLink = false)
    {
        var writer = new InlineWriter(scope, false, false, inLink);
        return writer.All(inlines);
    }

    /// <summary>A run of plain text in a language.</summary>
    public static Run TextRun(string text, Language language, bool bold = false, bool italic = false, string? style = null) =>
        new(Properties(language, bold, italic, style), new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>Run properties: optional character style, bold, italic, and the language.</summary>
    public static RunProperties Properties(Language language, bool bold = false, bool italic = false, string? style = null) => new()
    {
        RunStyle = style is null ? null : new RunStyle { Val = style },
        Bold = bold ? new Bold() : null,
        Italic = italic ? new Italic() : null,
        Languages = new Languages { Val = StyleIds.LanguageTag(language) },
    };

    public IEnumerable<OpenXmlElement> Visit(DocText text)
    {
        // A line feed inside text is a line break (the tree keeps LineBreak for that, but be safe).
        var parts = text.Value.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                yield return new Run(Properties(_scope.Language, _bold, _italic), new Break());
            }

            if (parts[i].Length > 0)
            {
                yield return TextRun(parts[i], _scope.Language, _bold, _italic);
            }
        }
    }

    public IEnumerable<OpenXmlElement> Visit(Strong strong) => new InlineWriter(_scope, true, _italic, _inLink).All(strong.Content);

    public IEnumerable<OpenXmlElement> Visit(DocEmphasis emphasis) => new InlineWriter(_scope, _bold, true, _inLink).All(emphasis.Content);

    public IEnumerable<OpenXmlElement> Visit(LineBreak lineBreak) => [new Run(Properties(_scope.Language, _bold, _italic), new Break())];

    public IEnumerable<OpenXmlElement> Visit(DocFootnoteReference footnote)
    {
        var mark = footnote.Number.ToString(CultureInfo.InvariantCulture);
        var id = _scope.Context.Footnotes.Call(_scope.Document, _scope.Language, footnote.Number, _scope.FootnoteList);
        var run = new Run(Properties(_scope.Language, style: StyleIds.FootnoteReference));
        if (id is { } footnoteId)
        {
            run.Append(new DocumentFormat.OpenXml.Wordprocessing.FootnoteReference { Id = footnoteId, CustomMarkFollows = true });
        }

        run.Append(new WordText(mark));
        return [run];
    }

    public IEnumerable<OpenXmlElement> Visit(Link link)
    {
        var content = new InlineWriter(_scope, _bold, _italic, true).All(link.Content);
        if (_inLink)
        {
            return content;
        }

        if (link.IsInternal)
        {
            return [new Hyperlink(content) { Anchor = Bookmarks.Name(_scope.Document, _scope.Language, link.TargetId), History = true }];
        }

        if (Uri.TryCreate(link.Target, UriKind.Absolute, out var uri))
        {
            return [new Hyperlink(content) { Id = _scope.Context.LinkId(uri), History = true }];
        }

        return content;
    }

    private List<OpenXmlElement> All(IEnumerable<Inline> inlines)
    {
        var elements = new List<OpenXmlElement>();
        foreach (var inline in inlines)
        {
            elements.AddRange(inline.Accept(this));
        }

        return elements;
    }
}
