namespace PolicyGen.Documents;

/// <summary>Enumerates the blocks of a tree (containers, list items, footnotes excluded) and the links in them.</summary>
public static class BlockWalker
{
    /// <summary>Every block, depth first, containers before their children.</summary>
    public static IEnumerable<Block> All(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var children = block switch
            {
                FullWidth f => f.Blocks,
                TitlePage t => t.Blocks,
                ListBlock l => l.Items.SelectMany(i => i.Blocks),
                _ => [],
            };
            foreach (var child in All(children))
            {
                yield return child;
            }
        }
    }

    /// <summary>The links directly in a block's inline content (not in its child blocks).</summary>
    public static IEnumerable<Link> Links(Block block)
    {
        IEnumerable<Inline> inlines = block switch
        {
            Heading h => h.Title,
            Paragraph p => p.Content,
            Table t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Content),
            _ => [],
        };
        return Flatten(inlines).OfType<Link>();
    }

    private static IEnumerable<Inline> Flatten(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            yield return inline;
            var children = inline switch
            {
                Strong s => s.Content,
                Emphasis e => e.Content,
                Link l => l.Content,
                _ => [],
            };
            foreach (var child in Flatten(children))
            {
                yield return child;
            }
        }
    }
}
