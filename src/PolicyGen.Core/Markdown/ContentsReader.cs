using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyGen.Diagnostics;
using PolicyGen.Documents;
using MdListBlock = Markdig.Syntax.ListBlock;

namespace PolicyGen.Markdown;

/// <summary>
/// Reads <c>::: toc</c> and <c>::: summary</c>: a (nested) list whose items each hold one link to a heading,
/// <c>- [IV.1 OS 1 : Title](#os-1)</c>. The nesting gives the entries' levels.
/// </summary>
internal sealed class ContentsReader(ConversionContext context, InlineConverter inlines)
{
    public TableOfContents Read(CustomContainer container, ContentsKind kind)
    {
        var entries = new List<ContentsEntry>();
        foreach (var block in container)
        {
            if (block is MdListBlock list)
            {
                Entries(list, 1, entries);
            }
            else
            {
                Malformed(block);
            }
        }

        return new TableOfContents(kind, entries);
    }

    private void Entries(MdListBlock list, int level, List<ContentsEntry> entries)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            foreach (var block in item)
            {
                switch (block)
                {
                    case ParagraphBlock paragraph when SingleLink(paragraph) is { } link:
                        var text = inlines.Convert(link);
                        entries.Add(new ContentsEntry(level, link.Url![1..], text));
                        break;
                    case MdListBlock nested:
                        Entries(nested, level + 1, entries);
                        break;
                    default:
                        Malformed(block);
                        break;
                }
            }
        }
    }

    private static LinkInline? SingleLink(ParagraphBlock paragraph)
    {
        var children = paragraph.Inline?.Where(i => i is not LiteralInline l || !l.Content.IsEmptyOrWhitespace()).ToList();
        return children is [LinkInline { IsImage: false } link] && link.Url is { Length: > 1 } url && url[0] == '#' ? link : null;
    }

    private void Malformed(Markdig.Syntax.Block block) =>
        context.Diagnostics.Add(DiagnosticDescriptors.UnknownBlockKind, context.Locate(block),
            "a table of contents or summary holds a list whose items are each one link to a heading: - [text](#id)");
}
