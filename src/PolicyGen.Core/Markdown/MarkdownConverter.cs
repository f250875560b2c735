using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PolicyGen.Diagnostics;
using PolicyGen.Documents;
using DocBlock = PolicyGen.Documents.Block;
using DocFootnote = PolicyGen.Documents.Footnote;
using DocListBlock = PolicyGen.Documents.ListBlock;
using MdListBlock = Markdig.Syntax.ListBlock;
using MdTable = Markdig.Extensions.Tables.Table;

namespace PolicyGen.Markdown;

/// <summary>
/// Reads Markdown into policygen's document tree. Every Markdig node is either converted or reported as a
/// diagnostic (<see cref="DiagnosticDescriptors.UnsupportedMarkdown"/>); nothing is silently dropped.
/// </summary>
public sealed class MarkdownConverter
{
    private readonly ConversionContext _context;
    private readonly InlineConverter _inlines;

    private MarkdownConverter(ConversionContext context)
    {
        _context = context;
        _inlines = new InlineConverter(context);
    }

    /// <summary>Parses and converts a Markdown text.</summary>
    /// <param name="markdown">The text.</param>
    /// <param name="dialect">Which constructs the text may use.</param>
    /// <param name="map">Where the text's lines are in the sources, for locations.</param>
    /// <param name="diagnostics">Receives unsupported constructs and malformed markup.</param>
    public static ConvertedMarkdown Convert(string markdown, MarkdownDialect dialect, SourceMap map, DiagnosticBag diagnostics)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Default);
        var converter = new MarkdownConverter(new ConversionContext(markdown, dialect, map, diagnostics));
        var blocks = converter.Blocks(document);
        var footnotes = converter.Footnotes(document);
        return new ConvertedMarkdown(blocks, footnotes);
    }

    private List<DocBlock> Blocks(ContainerBlock container)
    {
        var blocks = new List<DocBlock>();
        foreach (var child in container)
        {
            if (Block(child) is { } block)
            {
                blocks.Add(block with { Location = _context.Locate(child) });
            }
        }

        return blocks;
    }

    private DocBlock? Block(Markdig.Syntax.Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                return new HeadingReader(_context, _inlines).Read(heading);
            case ParagraphBlock paragraph:
                return Paragraph(paragraph);
            case MdListBlock list:
                return List(list);
            case MdTable table:
                return new TableReader(_context, _inlines).Read(table);
            case CustomContainer container:
                return Container(container);
            case FootnoteGroup:
            case BlankLineBlock:
                return null;
            case LinkReferenceDefinitionGroup group:
                if (group.Any(d => d is not FootnoteLinkReferenceDefinition))
                {
                    _context.Unsupported(group, "a link reference definition ([label]: url)", "write the link inline: [text](https://…)");
                }

                return null;
            case ThematicBreakBlock:
                _context.Unsupported(block, "a horizontal rule (---, ***)");
                return null;
            case FencedCodeBlock:
                _context.Unsupported(block, "a code block (```)");
                return null;
            case CodeBlock:
                _context.Unsupported(block, "text indented by four spaces or more, which Markdown reads as code", "remove the indentation");
                return null;
            case HtmlBlock:
                _context.Unsupported(block, "HTML");
                return null;
            case QuoteBlock:
                _context.Unsupported(block, "a block quote (>)");
                return null;
            default:
                _context.Unsupported(block, $"the block {block.GetType().Name}");
                return null;
        }
    }

    private Paragraph Paragraph(ParagraphBlock paragraph)
    {
        var style = ParagraphStyle.Body;
        string? id = null;
        if (paragraph.TryGetAttributes() is { } attributes)
        {
            if (_context.IsRichText)
            {
                _context.Unsupported(paragraph, "an attribute list {…}");
            }
            else
            {
                id = attributes.Id;
                style = StyleOf(paragraph, attributes);
            }
        }

        var content = _inlines.Convert(paragraph.Inline);
        TrimEnd(content);
        return new Paragraph(content, style) { Id = id };
    }

    private ParagraphStyle StyleOf(ParagraphBlock paragraph, HtmlAttributes attributes)
    {
        var style = ParagraphStyle.Body;
        foreach (var name in attributes.Classes ?? [])
        {
            switch (name)
            {
                case "label":
                    style = ParagraphStyle.Label;
                    break;
                case "title":
                    style = ParagraphStyle.Title;
                    break;
                case "subtitle":
                    style = ParagraphStyle.Subtitle;
                    break;
                default:
                    _context.Diagnostics.Add(DiagnosticDescriptors.UnknownBlockKind, _context.Locate(paragraph),
                        $"the paragraph class '.{name}' is unknown; use .label, .title or .subtitle");
                    break;
            }
        }

        foreach (var property in attributes.Properties ?? [])
        {
            _context.Diagnostics.Add(DiagnosticDescriptors.UnknownBlockKind, _context.Locate(paragraph),
                $"the paragraph attribute '{property.Key}' is unknown");
        }

        return style;
    }

    private DocListBlock List(MdListBlock list)
    {
        var items = new List<ListItem>();
        foreach (var item in list.OfType<ContainerBlock>())
        {
            items.Add(new ListItem(Blocks(item)));
        }

        var start = list.IsOrdered && int.TryParse(list.OrderedStart, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;
        var id = _context.IsRichText ? null : list.TryGetAttributes()?.Id;
        return new DocListBlock(list.IsOrdered, start, items) { Id = id };
    }

    private DocBlock Container(CustomContainer container)
    {
        var kind = container.Info?.Trim() ?? string.Empty;
        if (_context.IsRichText)
        {
            _context.Unsupported(container, $"a container (::: {kind})");
        }

        var arguments = BlockArguments.Parse(container.Arguments);
        if (arguments is null)
        {
            _context.Diagnostics.Add(DiagnosticDescriptors.UnknownBlockKind, _context.Locate(container),
                $"the attributes of '::: {kind}' cannot be read; write {{#id}}");
            arguments = BlockArguments.Empty;
        }

        DocBlock block = kind switch
        {
            "title-page" => new TitlePage(Blocks(container)),
            "full-width" => new FullWidth(Blocks(container)),
            "page-break" => PageBreak(container),
            "toc" => new ContentsReader(_context, _inlines).Read(container, ContentsKind.Contents),
            "summary" => new ContentsReader(_context, _inlines).Read(container, ContentsKind.Summary),
            _ => Unknown(container, kind),
        };
        var id = container.TryGetAttributes()?.Id is { Length: > 0 } parsed ? parsed : arguments.Id;
        return block with { Id = id ?? _context.SyntheticId(kind.Length == 0 ? "block" : kind) };
    }

    private PageBreak PageBreak(CustomContainer container)
    {
        if (container.Count > 0)
        {
            _context.Diagnostics.Add(DiagnosticDescriptors.UnknownBlockKind, _context.Locate(container), "'::: page-break' holds nothing; close it on the next line");
        }

        return new PageBreak();
    }

    private FullWidth Unknown(CustomContainer container, string kind)
    {
        _context.Diagnostics.Add(DiagnosticDescriptors.UnknownBlockKind, _context.Locate(container),
            $"'::: {kind}' is not a known container; use title-page, full-width, page-break, toc or summary");
        return new FullWidth(Blocks(container));
    }

    private List<DocFootnote> Footnotes(MarkdownDocument document)
    {
        var footnotes = new List<DocFootnote>();
        var called = new HashSet<string>(StringComparer.Ordinal);
        foreach (var footnote in document.Descendants<Markdig.Extensions.Footnotes.Footnote>().Where(f => f.Order > 0))
        {
            footnotes.Add(new DocFootnote(footnote.Order, Blocks(footnote)));
            called.Add(footnote.Label ?? string.Empty);
        }

        if (_context.IsRichText)
        {
            // Markdig drops the text of a footnote that is never called; say so rather than lose it silently.
            foreach (var definition in document.Descendants<LinkReferenceDefinitionGroup>().SelectMany(g => g).OfType<FootnoteLinkReferenceDefinition>())
            {
                if (!called.Contains(definition.Label ?? string.Empty))
                {
                    _context.Diagnostics.Add(DiagnosticDescriptors.FootnoteUnused, _context.Locate(definition), definition.Label?.TrimStart('^'));
                }
            }
        }

        footnotes.Sort((a, b) => a.Number.CompareTo(b.Number));
        return footnotes;
    }

    /// <summary>Drops the trailing space that an attribute list at the end of a paragraph leaves behind.</summary>
    internal static void TrimEnd(List<Documents.Inline> content)
    {
        if (content.Count > 0 && content[^1] is Text last)
        {
            var trimmed = last.Value.TrimEnd(' ');
            if (trimmed.Length == 0)
            {
                content.RemoveAt(content.Count - 1);
            }
            else
            {
                content[^1] = new Text(trimmed);
            }
        }
    }
}
