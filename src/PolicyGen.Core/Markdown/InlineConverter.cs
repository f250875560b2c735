using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicyGen.Diagnostics;
using PolicyGen.Documents;
using DocInline = PolicyGen.Documents.Inline;

namespace PolicyGen.Markdown;

/// <summary>Converts Markdig inlines to document inlines; constructs the writers do not support are reported.</summary>
internal sealed partial class InlineConverter(ConversionContext context)
{
    [GeneratedRegex(@"(?<!\\)\[\^([^\]\s]+)\](?!:)")]
    private static partial Regex FootnoteCall();

    public List<DocInline> Convert(ContainerInline? container)
    {
        var result = new List<DocInline>();
        if (container is null)
        {
            return result;
        }

        Append(container, result);
        CheckFootnoteCalls(container);
        return Merge(result);
    }

    private void Append(ContainerInline container, List<DocInline> result)
    {
        foreach (var inline in container)
        {
            if (inline.TryGetAttributes() is not null && inline is not LiteralInline)
            {
                context.Unsupported(inline, "an attribute list {…} after a link or emphasis");
            }

            switch (inline)
            {
                case LiteralInline literal:
                    result.Add(new Text(literal.Content.ToString()));
                    break;
                case LineBreakInline lineBreak:
                    result.Add(lineBreak.IsHard ? new LineBreak() : new Text(" "));
                    break;
                case EmphasisInline emphasis:
                    result.Add(Emphasis(emphasis));
                    break;
                case FootnoteLink footnote:
                    if (!footnote.IsBackLink)
                    {
                        result.Add(new FootnoteReference(footnote.Footnote.Order));
                    }

                    break;
                case LinkInline link:
                    if (Link(link) is { } converted)
                    {
                        result.Add(converted);
                    }

                    break;
                case AutolinkInline autolink:
                    var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    result.Add(new Link(url, [new Text(autolink.Url)]));
                    break;
                case HtmlEntityInline entity:
                    result.Add(new Text(entity.Transcoded.ToString()));
                    break;
                case CodeInline code:
                    context.Unsupported(code, "code (`…`)", "write the text without backticks");
                    result.Add(new Text(code.Content));
                    break;
                case HtmlInline html:
                    context.Unsupported(html, $"HTML ({html.Tag})", "use **bold** or *italic* instead of tags");
                    break;
                case ContainerInline other:
                    Append(other, result);
                    break;
                default:
                    context.Unsupported(inline, $"the inline element {inline.GetType().Name}");
                    break;
            }
        }
    }

    private DocInline Emphasis(EmphasisInline emphasis)
    {
        var content = Convert(emphasis);
        if (emphasis.DelimiterChar is not ('*' or '_'))
        {
            context.Unsupported(emphasis, $"emphasis with '{emphasis.DelimiterChar}'", "use *italic* or **bold**");
        }

        return emphasis.DelimiterCount >= 2 ? new Strong(content) : new Emphasis(content);
    }

    private Link? Link(LinkInline link)
    {
        var content = Convert(link);
        if (link.IsImage)
        {
            context.Unsupported(link, "an image (![…](…))");
            return null;
        }

        var url = link.Url ?? string.Empty;
        var external = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
        var internalLink = url.Length > 1 && url[0] == '#';
        if (!external && !internalLink)
        {
            context.Unsupported(link, $"a link to '{url}'", "links lead to web addresses (https://…) or, in templates, to ids (#oo-1-1)");
        }

        return new Link(url, content);
    }

    /// <summary>
    /// A call <c>[^n]</c> in the source that Markdig did not turn into a footnote link has no footnote text
    /// (Markdig then prints it as it is): report it.
    /// </summary>
    private void CheckFootnoteCalls(ContainerInline container)
    {
        var span = container.Span;
        var source = context.Source;
        if (container.Parent is not null || span.Start < 0 || span.End >= source.Length || span.End < span.Start)
        {
            return;
        }

        var text = source.Substring(span.Start, span.Length);
        if (!text.Contains("[^", StringComparison.Ordinal))
        {
            return;
        }

        var links = container.Descendants<FootnoteLink>().Select(l => l.Span.Start).ToHashSet();
        foreach (Match call in FootnoteCall().Matches(text))
        {
            if (!links.Contains(span.Start + call.Index))
            {
                context.Diagnostics.Add(DiagnosticDescriptors.FootnoteUndefined, context.Locate(container.ParentBlock ?? (MarkdownObject)container), call.Groups[1].Value);
            }
        }
    }

    private static List<DocInline> Merge(List<DocInline> inlines)
    {
        var merged = new List<DocInline>(inlines.Count);
        foreach (var inline in inlines)
        {
            if (inline is Text next && merged.Count > 0 && merged[^1] is Text previous)
            {
                merged[^1] = new Text(previous.Value + next.Value);
            }
            else
            {
                merged.Add(inline);
            }
        }

        return merged;
    }
}
