using PolicyGen.Documents.Pairing;

namespace PolicyGen.Documents.Selection;

/// <summary>The parts of a paired document (one per heading, in reading order) and finding one by reference or id.</summary>
public static class DocumentParts
{
    /// <summary>Every heading's part: its units run to the next heading of the same or a higher level.</summary>
    public static IReadOnlyList<DocumentPart> Of(PairedDocument document)
    {
        var language = document.Columns.Count > 0 ? document.Columns[0] : Model.Language.Fr;
        var units = document.Units;
        var parts = new List<DocumentPart>();
        for (var i = 0; i < units.Count; i++)
        {
            if (HeadingOf(units[i], language) is not { } heading)
            {
                continue;
            }

            var end = i + 1;
            while (end < units.Count && !(HeadingOf(units[end], language) is { } next && next.Level <= heading.Level))
            {
                end++;
            }

            // A page break that closes the part belongs to what follows it.
            while (end - 1 > i && units[end - 1].Kind == UnitKind.PageBreak)
            {
                end--;
            }

            var reference = PartReference.Of(heading.Number) ?? PartReference.Of(HeadingOf(units[i], Other(language))?.Number);
            parts.Add(new DocumentPart(units[i].Id, reference, heading.Level, InlineText.Of(heading), i, end - i));
        }

        return parts;
    }

    /// <summary>The part a reference (<c>IV.2</c>, any case, a final dot allowed) or a heading id names, or null.</summary>
    public static DocumentPart? Find(IReadOnlyList<DocumentPart> parts, string referenceOrId)
    {
        var reference = PartReference.Normalize(referenceOrId);
        return parts.FirstOrDefault(p => p.Reference == reference)
            ?? parts.FirstOrDefault(p => string.Equals(p.Id, referenceOrId.Trim(), StringComparison.Ordinal));
    }

    private static Heading? HeadingOf(PairedUnit unit, Model.Language language) =>
        unit.Kind == UnitKind.Heading && unit.Of(language) is [Heading heading, ..] ? heading : null;

    private static Model.Language Other(Model.Language language) => language == Model.Language.Fr ? Model.Language.Nl : Model.Language.Fr;
}
