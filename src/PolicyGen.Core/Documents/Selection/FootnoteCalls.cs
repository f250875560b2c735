namespace PolicyGen.Documents.Selection;

/// <summary>The numbers of the footnotes that blocks call (in headings, paragraphs, tables, lists and entries, at any depth).</summary>
public static class FootnoteCalls
{
    public static HashSet<int> In(IEnumerable<Block> blocks)
    {
        var numbers = new HashSet<int>();
        foreach (var block in BlockWalker.All(blocks))
        {
            IEnumerable<Inline> inlines = block switch
            {
                Heading h => h.Title,
                Paragraph p => p.Content,
                Table t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Content),
                TableOfContents c => c.Entries.SelectMany(e => e.Text),
                _ => [],
            };
            Collect(inlines, numbers);
        }

        return numbers;
    }

    private static void Collect(IEnumerable<Inline> inlines, HashSet<int> numbers)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case FootnoteReference call:
                    numbers.Add(call.Number);
                    break;
                case Strong s:
                    Collect(s.Content, numbers);
                    break;
                case Emphasis e:
                    Collect(e.Content, numbers);
                    break;
                case Link l:
                    Collect(l.Content, numbers);
                    break;
            }
        }
    }
}
