using PolicyGen.Diagnostics;

namespace PolicyGen.Documents;

/// <summary>
/// Checks a per-language document once it is built: ids are unique, internal links lead somewhere, and every
/// entry of a table of contents or summary list repeats the heading it points to (so that the tables of
/// contents and annex 1, derived from chapter IV, can never disagree with it).
/// </summary>
public static class DocumentChecks
{
    public static void Check(Document document, DiagnosticBag diagnostics)
    {
        var language = document.Language == Model.Language.Fr ? "French" : "Dutch";
        var targets = new Dictionary<string, Block>(StringComparer.Ordinal);
        foreach (var block in BlockWalker.All(document.Blocks))
        {
            if (block.Id is not { } id)
            {
                continue;
            }

            if (targets.TryGetValue(id, out var first))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateBlockId, block.Location, id, language, first.Location);
            }
            else
            {
                targets[id] = block;
            }
        }

        foreach (var block in BlockWalker.All(document.Blocks))
        {
            if (block is TableOfContents contents)
            {
                CheckEntries(contents, targets, language, diagnostics);
            }

            foreach (var link in BlockWalker.Links(block).Where(l => l.IsInternal && !targets.ContainsKey(l.TargetId)))
            {
                diagnostics.Add(DiagnosticDescriptors.BrokenLink, block.Location, link.TargetId, language);
            }
        }
    }

    private static void CheckEntries(TableOfContents contents, Dictionary<string, Block> targets, string language, DiagnosticBag diagnostics)
    {
        var kind = contents.Kind == ContentsKind.Contents ? "table of contents" : "summary list";
        foreach (var entry in contents.Entries)
        {
            if (!targets.TryGetValue(entry.TargetId, out var target))
            {
                diagnostics.Add(DiagnosticDescriptors.BrokenLink, contents.Location, entry.TargetId, language);
                continue;
            }

            var expected = target switch
            {
                Heading heading => InlineText.Of(heading),
                Paragraph paragraph => InlineText.Of(paragraph.Content),
                _ => null,
            };
            var actual = InlineText.Of(entry.Text);
            if (expected is not null && Normalise(expected) != Normalise(actual))
            {
                diagnostics.Add(DiagnosticDescriptors.ContentsMismatch, contents.Location, kind, actual, expected);
            }
        }
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split([' ', '\u00A0', '\u202F', '\u2009'], StringSplitOptions.RemoveEmptyEntries));
}
