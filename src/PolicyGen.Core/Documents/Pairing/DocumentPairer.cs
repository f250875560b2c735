using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Documents.Pairing;

/// <summary>
/// Cuts the French and Dutch documents of a note into units at their sync points (every top-level block with
/// an id: headings, labelled blocks, title pages, full-width blocks, page breaks, tables of contents) and pairs
/// them. Both languages must yield the same sequence of sync points; when they do not, one diagnostic names the
/// first unit that differs and where it came from.
/// </summary>
public static class DocumentPairer
{
    /// <param name="french">The French document.</param>
    /// <param name="dutch">The Dutch document.</param>
    /// <param name="columns">The column order of the volume.</param>
    /// <param name="origin">Where the thing an id names was written in the sources, when known.</param>
    /// <param name="diagnostics">Receives the mismatch, if any.</param>
    /// <returns>The paired document, or null when the structures differ.</returns>
    public static PairedDocument? Pair(
        Document french, Document dutch, IReadOnlyList<Language> columns, Func<string, SourceLocation?> origin, DiagnosticBag diagnostics)
    {
        var fr = Cut(french.Blocks);
        var nl = Cut(dutch.Blocks);
        var mismatch = FirstMismatch(fr, nl);
        if (mismatch is { } index)
        {
            Report(french.Name, fr, nl, index, origin, diagnostics);
            return null;
        }

        var units = new List<PairedUnit>(fr.Count);
        for (var i = 0; i < fr.Count; i++)
        {
            var (id, kind, frBlocks) = fr[i];
            var nlBlocks = nl[i].Blocks;
            var spanning = kind == UnitKind.FullWidth
                ? SpanningTables.Merge(id, (FullWidth)frBlocks[0], (FullWidth)nlBlocks[0], diagnostics)
                : [];
            var source = origin(id) ?? (frBlocks.Count > 0 ? frBlocks[0].Location : SourceLocation.None);
            units.Add(new PairedUnit(id, kind, frBlocks, nlBlocks, spanning, source));
        }

        return new PairedDocument(french.Name, columns, units, french, dutch);
    }

    /// <summary>The units of one language: each sync block with the blocks that follow it.</summary>
    public static IReadOnlyList<(string Id, UnitKind Kind, IReadOnlyList<Block> Blocks)> Cut(IReadOnlyList<Block> blocks)
    {
        var units = new List<(string, UnitKind, IReadOnlyList<Block>)>();
        var current = new List<Block>();
        var id = string.Empty;
        var kind = UnitKind.Preamble;
        foreach (var block in blocks)
        {
            if (block.Id is not null)
            {
                if (current.Count > 0 || kind != UnitKind.Preamble)
                {
                    units.Add((id, kind, current));
                }

                current = [];
                id = block.Id;
                kind = KindOf(block);
            }

            current.Add(block);
        }

        if (current.Count > 0 || kind != UnitKind.Preamble)
        {
            units.Add((id, kind, current));
        }

        return units;
    }

    private static UnitKind KindOf(Block block) => block switch
    {
        Heading => UnitKind.Heading,
        TitlePage => UnitKind.TitlePage,
        FullWidth => UnitKind.FullWidth,
        PageBreak => UnitKind.PageBreak,
        TableOfContents => UnitKind.Contents,
        _ => UnitKind.Block,
    };

    private static int? FirstMismatch(
        IReadOnlyList<(string Id, UnitKind Kind, IReadOnlyList<Block> Blocks)> fr,
        IReadOnlyList<(string Id, UnitKind Kind, IReadOnlyList<Block> Blocks)> nl)
    {
        var count = Math.Min(fr.Count, nl.Count);
        for (var i = 0; i < count; i++)
        {
            if (fr[i].Id != nl[i].Id || fr[i].Kind != nl[i].Kind || Level(fr[i].Blocks) != Level(nl[i].Blocks))
            {
                return i;
            }
        }

        return fr.Count == nl.Count ? null : count;
    }

    private static int Level(IReadOnlyList<Block> blocks) => blocks.Count > 0 && blocks[0] is Heading h ? h.Level : 0;

    private static void Report(
        string name,
        IReadOnlyList<(string Id, UnitKind Kind, IReadOnlyList<Block> Blocks)> fr,
        IReadOnlyList<(string Id, UnitKind Kind, IReadOnlyList<Block> Blocks)> nl,
        int index,
        Func<string, SourceLocation?> origin,
        DiagnosticBag diagnostics)
    {
        var frUnit = index < fr.Count ? fr[index] : default;
        var nlUnit = index < nl.Count ? nl[index] : default;
        var frText = index < fr.Count ? Describe(frUnit.Id, frUnit.Blocks) : "nothing (the French document ends here)";
        var nlText = index < nl.Count ? Describe(nlUnit.Id, nlUnit.Blocks) : "nothing (the Dutch document ends here)";
        var previous = index > 0 ? $" after '{fr[index - 1].Id}'" : " at the start";
        var message = $"the French and Dutch documents of '{name}' differ at unit {index + 1}{previous}: "
            + $"French has {frText}, Dutch has {nlText}";
        var location = Locate(frUnit, origin) ?? Locate(nlUnit, origin) ?? SourceLocation.None;
        var places = new[] { Where("French", frUnit), Where("Dutch", nlUnit) }.Where(w => w.Length > 0).ToList();
        if (places.Count > 0)
        {
            message += " (" + string.Join("; ", places) + ")";
        }

        diagnostics.Add(DiagnosticDescriptors.StructureMismatch, location, message);
    }

    private static SourceLocation? Locate((string Id, UnitKind Kind, IReadOnlyList<Block> Blocks) unit, Func<string, SourceLocation?> origin) =>
        unit.Blocks is null ? null : origin(unit.Id) ?? (unit.Blocks.Count > 0 ? unit.Blocks[0].Location : null);

    private static string Where(string language, (string Id, UnitKind Kind, IReadOnlyList<Block> Blocks) unit) =>
        unit.Blocks is { Count: > 0 } blocks && !blocks[0].Location.IsNone ? $"{language} at {blocks[0].Location}" : string.Empty;

    private static string Describe(string id, IReadOnlyList<Block> blocks)
    {
        var first = blocks.Count > 0 ? blocks[0] : null;
        var what = first switch
        {
            Heading h => $"heading {h.Level} \"{Excerpt(InlineText.Of(h))}\"",
            Paragraph p => $"block \"{Excerpt(InlineText.Of(p.Content))}\"",
            TitlePage => "a title page",
            FullWidth => "a full-width block",
            PageBreak => "a page break",
            TableOfContents => "a table of contents",
            null => "an empty unit",
            _ => "a block",
        };
        return id.Length == 0 ? $"{what} before any heading" : $"'{id}' ({what})";
    }

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..57].TrimEnd() + "…";
}
