using PolicyGen.Model;

namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>What part of a page a region is.</summary>
public enum RegionKind
{
    /// <summary>The running header (page number, document reference).</summary>
    Header,

    /// <summary>A text column of one language.</summary>
    Column,

    /// <summary>The footnotes at the foot of a column.</summary>
    Footnotes,

    /// <summary>Content across both columns (a bilingual table).</summary>
    Spanning,
}

/// <summary>
/// A piece of text at an absolute position: draw <see cref="Text"/> with its left end at <see cref="X"/> on
/// <see cref="Baseline"/>. A value, stored inline in its line's array: a large volume has a million of them.
/// </summary>
public readonly record struct PlacedText(string Text, FontSpec Font, double X, double Baseline, double Width);

/// <summary>
/// A line of text on a page: its pieces, its left edge and baseline, its set width, the word-space adjustment
/// ratio of the line breaker (0 when ragged) and whether it ends with an added hyphen.
/// </summary>
public sealed record PlacedLine(double X, double Baseline, double Width, double Ratio, bool Hyphenated, IReadOnlyList<PlacedText> Texts)
{
    /// <summary>
    /// The structure elements the line belongs to, outermost first (a list, its item, the item's body, a paragraph);
    /// empty for what is drawn for the eye only (the running header and page number).
    /// </summary>
    public IReadOnlyList<StructureNode> Structure { get; init; } = [];

    /// <summary>
    /// Whether the hyphen that ends the line was added by hyphenation (it is not in the text: a reader of the words
    /// must not see it), as opposed to a hyphen of the text where the line happens to break.
    /// </summary>
    public bool HyphenAdded { get; init; }

    /// <summary>The line's text, with a space wherever two pieces are not adjacent.</summary>
    public string Text
    {
        get
        {
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < Texts.Count; i++)
            {
                if (i > 0 && Texts[i].X - (Texts[i - 1].X + Texts[i - 1].Width) > 0.5)
                {
                    text.Append(' ');
                }

                text.Append(Texts[i].Text);
            }

            return text.ToString();
        }
    }

    /// <summary>The same line moved by <paramref name="dx"/>, <paramref name="dy"/>.</summary>
    public PlacedLine Offset(double dx, double dy) => this with
    {
        X = X + dx,
        Baseline = Baseline + dy,
        Texts = [.. Texts.Select(t => t with { X = t.X + dx, Baseline = t.Baseline + dy })],
    };
}

/// <summary>A straight rule (table borders, the footnote separator).</summary>
public sealed record PlacedRule(double X1, double Y1, double X2, double Y2, double Thickness)
{
    /// <summary>The same rule moved by <paramref name="dx"/>, <paramref name="dy"/>.</summary>
    public PlacedRule Offset(double dx, double dy) => new(X1 + dx, Y1 + dy, X2 + dx, Y2 + dy, Thickness);
}

/// <summary>A link area on a page (y down from the top edge) to the block <see cref="Target"/> of the same document.</summary>
public sealed record PlacedLink(double X, double Y, double Width, double Height, string Target);

/// <summary>A region of a page: its lines and rules in reading order.</summary>
public sealed class PageRegion(RegionKind kind, Language? language, int column)
{
    public RegionKind Kind { get; } = kind;

    /// <summary>The language of a column or footnote region; null for the header and spanning content.</summary>
    public Language? Language { get; } = language;

    /// <summary>The column (0 left, 1 right) of a column or footnote region; -1 otherwise.</summary>
    public int Column { get; } = column;

    public List<PlacedLine> Lines { get; } = [];

    public List<PlacedRule> Rules { get; } = [];
}

/// <summary>A laid-out page.</summary>
public sealed class LayoutPage(int number, string document)
{
    /// <summary>The page number in the volume (continuous).</summary>
    public int Number { get; } = number;

    /// <summary>The name of the document (note) the page belongs to.</summary>
    public string Document { get; } = document;

    /// <summary>Whether the page is a title page (no running header).</summary>
    public bool IsTitlePage { get; set; }

    /// <summary>The regions in painting (and reading) order: header, left column and its footnotes, right column and its footnotes, spanning content.</summary>
    public List<PageRegion> Regions { get; } = [];

    /// <summary>Ids of the headings and blocks that start on this page, with their y, per language.</summary>
    public List<(string Id, Language Language, double Y)> Anchors { get; } = [];

    /// <summary>The internal links on this page (entries of a table of contents).</summary>
    public List<PlacedLink> Links { get; } = [];

    /// <summary>The region of a kind and column, created on first use.</summary>
    public PageRegion Region(RegionKind kind, Language? language, int column)
    {
        var region = Regions.Find(r => r.Kind == kind && r.Column == column && r.Language == language);
        if (region is null)
        {
            region = new PageRegion(kind, language, column);
            Regions.Add(region);
        }

        return region;
    }

    /// <summary>Whether anything but the header is on the page.</summary>
    public bool HasContent => IsTitlePage || Regions.Any(r => r.Kind != RegionKind.Header && (r.Lines.Count > 0 || r.Rules.Count > 0));
}

/// <summary>The laid-out volume: its pages in order, and the page of every anchor.</summary>
public sealed class LayoutResult(IReadOnlyList<LayoutPage> pages, IReadOnlyDictionary<(string Document, string Id), int> anchorPages, IReadOnlyList<string> warnings)
{
    public IReadOnlyList<LayoutPage> Pages { get; } = pages;

    /// <summary>The page number of each (document, id), from the French column.</summary>
    public IReadOnlyDictionary<(string Document, string Id), int> AnchorPages { get; } = anchorPages;

    /// <summary>Layout problems: overfull pages, lines set by the fallback.</summary>
    public IReadOnlyList<string> Warnings { get; } = warnings;

    /// <summary>The pages and anchors of one document, with their page numbers in the whole layout.</summary>
    public LayoutResult Only(string document) => new(
        [.. Pages.Where(p => p.Document == document)],
        AnchorPages.Where(kv => kv.Key.Document == document).ToDictionary(kv => kv.Key, kv => kv.Value),
        []);
}
