using System.Globalization;
using System.Text;

namespace PolicyGen.Documents;

/// <summary>
/// Writes blocks and inlines in the stable text form of <c>policygen build --format ast</c>: one block a line,
/// children indented by two spaces, inline content after <c>|</c> with light markup (<c>**strong**</c>,
/// <c>_emphasis_</c>, <c>[^1]</c>, <c>[text](#id)</c>, <c>{br}</c>) and invisible characters spelt out
/// (<c>{nbsp}</c>, <c>{nnbsp}</c>, <c>{thinsp}</c>, <c>{tab}</c>).
/// </summary>
public sealed class DumpWriter : IBlockVisitor<bool>, IInlineVisitor<string>
{
    private readonly StringBuilder _output;
    private int _depth;

    public DumpWriter(StringBuilder output, int depth = 0)
    {
        _output = output;
        _depth = depth;
    }

    /// <summary>Writes a line at the current depth.</summary>
    public void Line(string text) => LineAt(_depth, text);

    /// <summary>Writes a line at a depth.</summary>
    public void LineAt(int depth, string text) => _output.Append(' ', depth * 2).Append(text).Append('\n');

    /// <summary>Writes blocks at the given depth.</summary>
    public void Blocks(IEnumerable<Block> blocks, int depth)
    {
        var saved = _depth;
        _depth = depth;
        foreach (var block in blocks)
        {
            block.Accept(this);
        }

        _depth = saved;
    }

    /// <summary>Inline content in the dump's markup.</summary>
    public string Inlines(IEnumerable<Inline> inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            text.Append(inline.Accept(this));
        }

        return text.ToString();
    }

    public bool Visit(Heading heading)
    {
        var number = heading.Number is null ? string.Empty : $" [{Escape(heading.Number)}]";
        Line($"heading {heading.Level}{IdPart(heading)}{number} | {Inlines(heading.Title)}");
        return true;
    }

    public bool Visit(Paragraph paragraph)
    {
        var style = paragraph.Style == ParagraphStyle.Body ? string.Empty : " " + paragraph.Style.ToString().ToLowerInvariant();
        Line($"paragraph{style}{IdPart(paragraph)} | {Inlines(paragraph.Content)}");
        return true;
    }

    public bool Visit(ListBlock list)
    {
        Line(list.Ordered ? $"list ordered {list.Start.ToString(CultureInfo.InvariantCulture)}{IdPart(list)}" : $"list bullet{IdPart(list)}");
        foreach (var item in list.Items)
        {
            _depth++;
            Line("item");
            Blocks(item.Blocks, _depth + 1);
            _depth--;
        }

        return true;
    }

    public bool Visit(Table table)
    {
        Line($"table{IdPart(table)} columns {string.Join(',', table.Columns.Select(c => c.ToString().ToLowerInvariant()))} header {table.HeaderRows.ToString(CultureInfo.InvariantCulture)}");
        _depth++;
        foreach (var row in table.Rows)
        {
            Line("row | " + string.Join(" | ", row.Cells.Select(c => Inlines(c.Content))));
        }

        _depth--;
        return true;
    }

    public bool Visit(FullWidth fullWidth)
    {
        Line($"full-width{IdPart(fullWidth)}");
        Blocks(fullWidth.Blocks, _depth + 1);
        return true;
    }

    public bool Visit(TitlePage titlePage)
    {
        Line($"title-page{IdPart(titlePage)}");
        Blocks(titlePage.Blocks, _depth + 1);
        return true;
    }

    public bool Visit(PageBreak pageBreak)
    {
        Line($"page-break{IdPart(pageBreak)}");
        return true;
    }

    public bool Visit(TableOfContents contents)
    {
        Line($"{(contents.Kind == ContentsKind.Contents ? "contents" : "summary")}{IdPart(contents)}");
        _depth++;
        foreach (var entry in contents.Entries)
        {
            Line($"entry {entry.Level.ToString(CultureInfo.InvariantCulture)} #{entry.TargetId} | {Inlines(entry.Text)}");
        }

        _depth--;
        return true;
    }

    public bool Visit(SpanningTable table)
    {
        Line($"spanning-table{IdPart(table)} columns {string.Join(',', table.Columns.Select(c => c.ToString().ToLowerInvariant()))} header {table.HeaderRows.ToString(CultureInfo.InvariantCulture)}");
        _depth++;
        foreach (var row in table.Rows)
        {
            Line("row | " + string.Join(" | ", row.Cells.Select(c => c.Shared ? Inlines(c.Fr) : Inlines(c.Fr) + " ‖ " + Inlines(c.Nl))));
        }

        _depth--;
        return true;
    }

    public string Visit(Text text) => Escape(text.Value);

    public string Visit(Strong strong) => "**" + Inlines(strong.Content) + "**";

    public string Visit(Emphasis emphasis) => "_" + Inlines(emphasis.Content) + "_";

    public string Visit(LineBreak lineBreak) => "{br}";

    public string Visit(FootnoteReference footnote) => $"[^{footnote.Number.ToString(CultureInfo.InvariantCulture)}]";

    public string Visit(Link link) => $"[{Inlines(link.Content)}]({link.Target})";

    /// <summary>Spells out the characters a reader cannot see.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(c => c is '\u00A0' or '\u202F' or '\u2009' or '\t' or '\n' or '\r'))
        {
            return text;
        }

        return text.Replace("\u00A0", "{nbsp}", StringComparison.Ordinal)
            .Replace("\u202F", "{nnbsp}", StringComparison.Ordinal)
            .Replace("\u2009", "{thinsp}", StringComparison.Ordinal)
            .Replace("\t", "{tab}", StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal)
            .Replace("\n", "{nl}", StringComparison.Ordinal);
    }

    private static string IdPart(Block block) => block.Id is null ? string.Empty : " #" + block.Id;
}
