using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PolicyGen.Model;
using PolicyGen.Pdf.Fonts;
using PolicyGen.Pdf.Layout.Pagination;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// Paints a laid-out page of a tagged file: each column (and its footnotes) as a <c>Div</c> with the column's language,
/// its lines in the structure elements the layout gave them (<see cref="PlacedLine.Structure"/>), and the running
/// header, page number, rules and dot leaders as artifacts. Every structure element is closed at the end of its
/// region, so a paragraph that goes on over a page or into the next column becomes a new element there.
/// </summary>
/// <remarks>
/// Marked content is begun lazily, just before the first string an element draws, and ended as soon as the structure
/// changes or a region ends, before anything else is drawn (<see cref="MarkedContent"/>).
/// </remarks>
internal sealed class TaggedPagePainter
{
    private readonly StructureTree _tree;
    private readonly PdfPage _page;
    private readonly XGraphics _graphics;
    private readonly XGraphicsCanvas _canvas;
    private readonly Func<PlacedLine, PdfLinkAnnotation?> _linkOf;
    private readonly List<StructureElement> _marks;
    private readonly List<(long Key, StructureElement? Element)> _open = [];
    private StructureElement? _marked;

    public TaggedPagePainter(StructureTree tree, PdfPage page, XGraphics graphics, Func<PlacedLine, PdfLinkAnnotation?> linkOf)
    {
        _tree = tree;
        _page = page;
        _graphics = graphics;
        _canvas = new XGraphicsCanvas(graphics);
        _linkOf = linkOf;
        _marks = tree.BeginPage(page);
    }

    /// <summary>Paints <paramref name="laid"/>, its columns as divisions of <paramref name="part"/>.</summary>
    public void Paint(LayoutPage laid, StructureElement part)
    {
        foreach (var region in laid.Regions)
        {
            if (region.Kind == RegionKind.Header)
            {
                Artifact(() => DrawAll(region.Lines), pageHeader: true);
                continue;
            }

            var division = part.Add("Div");
            division.Language = region.Language?.Tag();
            foreach (var line in region.Lines)
            {
                if (line.Structure.Count == 0)
                {
                    CloseTo(0);
                    Artifact(() => Draw(line));
                    continue;
                }

                if (Enter(line, division) is { } element)
                {
                    Mark(element);
                    Draw(line);
                }
                else
                {
                    Artifact(() => Draw(line));
                }
            }

            CloseTo(0);
            if (region.Rules.Count > 0)
            {
                Artifact(() =>
                {
                    foreach (var rule in region.Rules)
                    {
                        _canvas.DrawLine(rule.X1, rule.Y1, rule.X2, rule.Y2, rule.Thickness);
                    }
                });
            }
        }

        EndMarked();
    }

    private void DrawAll(IReadOnlyList<PlacedLine> lines)
    {
        foreach (var line in lines)
        {
            Draw(line);
        }
    }

    /// <summary>
    /// Draws the pieces of a line, each followed by a space glyph where a word space follows it (between pieces, and at
    /// the end of a line that does not end with a hyphen): the pieces are placed one by one, so without it the text of
    /// the structure tree would run the words together. The space has no ink and moves nothing.
    /// </summary>
    private void Draw(PlacedLine line)
    {
        const char SoftHyphen = '\u00AD';
        var texts = TextRuns.Of(line, PdfSharpFontMetrics.Shared);
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            var spaced = i + 1 < texts.Count ? texts[i + 1].X - (text.X + text.Width) > 0.5 && !texts[i + 1].Text.StartsWith(' ') : !line.Hyphenated;
            var drawn = spaced && !text.Text.EndsWith(' ') ? text.Text + " " : text.Text;
            if (i == texts.Count - 1 && line.HyphenAdded && drawn.Length > 1 && drawn[^1] == '-' && _marked is not null)
            {
                // The hyphen of a word cut at the end of the line is not part of the word: it reads as a soft hyphen.
                MarkedContent.BeginActualText(_graphics, drawn[..^1] + SoftHyphen);
                _canvas.DrawText(drawn, text.Font, text.X, text.Baseline);
                MarkedContent.End(_graphics);
            }
            else
            {
                _canvas.DrawText(drawn, text.Font, text.X, text.Baseline);
            }
        }
    }

    /// <summary>
    /// Closes the open elements the line is not in and opens those it is in that are not open yet; the innermost, or
    /// null when the line is drawn for the eye only (a dot leader).
    /// </summary>
    private StructureElement? Enter(PlacedLine line, StructureElement division)
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
            var parent = i == 0 ? division : _open[i - 1].Element;
            _open.Add((path[i].Key, parent is null ? null : Begin(path[i], parent, line)));
        }

        return _open.Count > 0 ? _open[^1].Element : division;
    }

    private void CloseTo(int depth)
    {
        if (_open.Count > depth)
        {
            EndMarked();
            _open.RemoveRange(depth, _open.Count - depth);
        }
    }

    /// <summary>The element of <paramref name="node"/> under <paramref name="parent"/>, or null for an artifact.</summary>
    private StructureElement? Begin(StructureNode node, StructureElement parent, PlacedLine line)
    {
        StructureElement element;
        switch (node.Role)
        {
            case StructureRole.Artifact:
                return null;
            case StructureRole.Link when _linkOf(line) is { } annotation:
                element = parent.Add("Link");
                _tree.AddLink(element, annotation, _page, line.Text);
                break;
            default:
                element = parent.Add(StructureTags.Of(node));
                break;
        }

        element.ColumnHeader = node.Role == StructureRole.TableHeaderCell;
        element.Language = node.Language?.Tag();
        return element;
    }

    /// <summary>Begins the marked content of <paramref name="element"/> unless it is the one open.</summary>
    private void Mark(StructureElement element)
    {
        if (ReferenceEquals(_marked, element))
        {
            return;
        }

        EndMarked();
        var mcid = _marks.Count;
        _marks.Add(element);
        element.Kids.Add(new StructureKid(null, mcid, null));
        element.Page ??= _page;
        MarkedContent.Begin(_graphics, element.Type, mcid);
        _marked = element;
    }

    private void EndMarked()
    {
        if (_marked is not null)
        {
            MarkedContent.End(_graphics);
            _marked = null;
        }
    }

    private void Artifact(Action draw, bool pageHeader = false)
    {
        EndMarked();
        MarkedContent.BeginArtifact(_graphics, pageHeader);
        draw();
        MarkedContent.End(_graphics);
    }
}
