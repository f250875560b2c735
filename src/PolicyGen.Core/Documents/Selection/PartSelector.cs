using PolicyGen.Documents.Pairing;

namespace PolicyGen.Documents.Selection;

/// <summary>
/// Cuts a paired document down to one of its parts, in both languages: the part's units, and the per-language
/// documents with only those blocks and the footnotes they call (numbered as in the whole note).
/// </summary>
public static class PartSelector
{
    public static PairedDocument Cut(PairedDocument document, DocumentPart part)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(part);
        if (part.First < 0 || part.Count < 1 || part.First + part.Count > document.Units.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(part), $"the part {part.Name} is not a part of '{document.Name}'");
        }

        var units = document.Units.Skip(part.First).Take(part.Count).ToList();
        return document with
        {
            Units = units,
            French = Cut(document.French, units.SelectMany(u => u.Fr)),
            Dutch = Cut(document.Dutch, units.SelectMany(u => u.Nl)),
        };
    }

    private static Document Cut(Document document, IEnumerable<Block> blocks)
    {
        var kept = blocks.ToList();
        var called = FootnoteCalls.In(kept);
        return document with { Blocks = kept, Footnotes = [.. document.Footnotes.Where(f => called.Contains(f.Number))] };
    }
}
