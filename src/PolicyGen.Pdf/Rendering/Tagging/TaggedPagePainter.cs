using PdfSharp.Drawing;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;
using PolicyGen.Model;
using PolicyGen.Pdf.Fonts;
using PolicyGen.Pdf.Layout.Pagination;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// Paints a laid-out page inside PDFsharp's structure builder: each column (and its footnotes) as a <c>Div</c> with the
/// column's language, its lines in the structure elements the layout gave them (<see cref="PlacedLine.Structure"/>),
/// and the running header, page number, rules and dot leaders as artifacts. Every structure element is closed at the
/// end of its region, so a paragraph that goes on over a page or into the next column becomes a new element there.
/// </summary>
/// <remarks>
/// Marked content must nest with text objects (<c>BT … ET</c>): the painter switches between text and graphics mode
/// itself, with no marked content open, before it begins what it draws next.
/// </remarks>
internal sealed class TaggedPagePainter(UAManager manager, XGraphics graphics, Func<PlacedLine, PdfLinkAnnotation?> linkOf, LinkObjects links)
{
    private readonly UAManager _manager = manager;
    private readonly StructureBuilder _builder = manager.StructureBuilder;
    private readonly XGraphics _graphics = graphics;
    private readonly XGraphicsCanvas _canvas = new(graphics);
    private readonly Func<PlacedLine, PdfLinkAnnotation?> _linkOf = linkOf;
    private readonly LinkObjects _links = links;
    private readonly List<StructureNode> _open = [];

    public void Paint(LayoutPage page)
    {
        // PDFsharp opens the page's world-space graphics state (q) on the first drawing, leaving and re-entering a text
        // object if need be; realising it here, before any marked content, keeps marked content and text objects nested.
        _graphics.Restore(_graphics.Save());
        foreach (var region in page.Regions)
        {
            if (region.Kind == RegionKind.Header)
            {
                TextArtifact(region.Lines);
                continue;
            }

            _builder.BeginElement(PdfGroupingElementTag.Division);
            if (region.Language is { } language)
            {
                _builder.SetLanguage(language.Tag());
            }

            TextMode();
            foreach (var line in region.Lines)
            {
                if (line.Structure.Count == 0)
                {
                    CloseTo(0);
                    TextArtifact([line]);
                    continue;
                }

                Enter(line);
                Draw(line);
            }

            CloseTo(0);
            if (region.Rules.Count > 0)
            {
                GraphicsMode();
                _builder.BeginArtifact();
                foreach (var rule in region.Rules)
                {
                    _canvas.DrawLine(rule.X1, rule.Y1, rule.X2, rule.Y2, rule.Thickness);
                }

                _builder.End();
            }

            _builder.End();
        }

        _builder.EndMarkedContentsWithId();
    }

    private void TextArtifact(IReadOnlyList<PlacedLine> lines)
    {
        TextMode();
        _builder.BeginArtifact();
        foreach (var line in lines)
        {
            Draw(line);
        }

        _builder.End();
    }

    /// <summary>
    /// Draws the pieces of a line, each followed by a space glyph where a word space follows it (between pieces, and at
    /// the end of a line that does not end with a hyphen): the pieces are placed one by one, so without it the text of
    /// the structure tree would run the words together. The space has no ink and moves nothing.
    /// </summary>
    private void Draw(PlacedLine line)
    {
        var texts = TextRuns.Of(line, PdfSharpFontMetrics.Shared);
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            var spaced = i + 1 < texts.Count ? texts[i + 1].X - (text.X + text.Width) > 0.5 && !texts[i + 1].Text.StartsWith(' ') : !line.Hyphenated;
            _canvas.DrawText(spaced && !text.Text.EndsWith(' ') ? text.Text + " " : text.Text, text.Font, text.X, text.Baseline);
        }
    }

    /// <summary>Closes the open elements the line is not in, and opens those it is in that are not open yet.</summary>
    private void Enter(PlacedLine line)
    {
        var path = line.Structure;
        var common = 0;
        while (common < _open.Count && common < path.Count && _open[common].Key == path[common].Key)
        {
            common++;
        }

        CloseTo(common);
        for (var i = common; i < path.Count; i++)
        {
            Begin(path[i], line);
            _open.Add(path[i]);
        }
    }

    private void CloseTo(int depth)
    {
        while (_open.Count > depth)
        {
            _builder.End();
            _open.RemoveAt(_open.Count - 1);
        }
    }

    private void Begin(StructureNode node, PlacedLine line)
    {
        switch (node.Role)
        {
            case StructureRole.Artifact:
                _builder.BeginArtifact();
                return;
            case StructureRole.Link when _linkOf(line) is { } annotation:
                _builder.BeginElement(PdfInlineLevelElementTag.Link);
                _links.Add(_builder.CurrentStructureElement, annotation, _manager.CurrentPage, line.Text);
                break;
            case StructureRole.Link or StructureRole.Span:
                _builder.BeginElement(PdfInlineLevelElementTag.Span);
                break;
            case StructureRole.Note:
                _builder.BeginElement(PdfInlineLevelElementTag.Note);
                break;
            case StructureRole.Contents:
                _builder.BeginElement(PdfGroupingElementTag.TableOfContents);
                break;
            case StructureRole.ContentsItem:
                _builder.BeginElement(PdfGroupingElementTag.TableOfContentsItem);
                break;
            default:
                _builder.BeginElement(StructureTags.Block(node));
                break;
        }

        if (node.Role == StructureRole.TableHeaderCell)
        {
            // TH with /Scope: PDFsharp writes only row and column spans.
            _builder.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Column");
        }

        if (node.Language is { } language)
        {
            _builder.SetLanguage(language.Tag());
        }
    }

    private void TextMode()
    {
        _builder.EndMarkedContentsWithId();
        _manager.BeginTextMode();
    }

    private void GraphicsMode()
    {
        _builder.EndMarkedContentsWithId();
        _manager.BeginGraphicMode();
    }
}
