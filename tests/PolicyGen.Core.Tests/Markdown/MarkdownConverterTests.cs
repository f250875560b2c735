using PolicyGen.Diagnostics;
using PolicyGen.Documents;
using PolicyGen.Markdown;
using static PolicyGen.Tests.Markdown.MarkdownTestSupport;

namespace PolicyGen.Tests.Markdown;

public sealed class MarkdownConverterTests
{
    [Fact]
    public void Rich_text_constructs_become_document_nodes()
    {
        var (result, diagnostics) = Convert("""
            A **run-in** head and *italic* text[^1], [a link](https://example.be).

            - one
              - nested
            - two

            1. first
            2. second

            | Code | Amount |
            |:-----|-------:|
            | AB 1 | 140.000 |

            [^1]: The note.
            """, MarkdownDialect.RichText);
        Assert.Empty(diagnostics);
        Assert.Equal("""
            paragraph | A **run-in** head and _italic_ text[^1], [a link](https://example.be).
            list bullet
              item
                paragraph | one
                list bullet
                  item
                    paragraph | nested
              item
                paragraph | two
            list ordered 1
              item
                paragraph | first
              item
                paragraph | second
            table columns left,right header 1
              row | Code | Amount
              row | AB 1 | 140.000

            """.Replace("\r\n", "\n", StringComparison.Ordinal), Dump(result.Blocks));
        var footnote = Assert.Single(result.Footnotes);
        Assert.Equal(1, footnote.Number);
    }

    [Theory]
    [InlineData("# A heading", "a heading (#)")]
    [InlineData("Text\n\n---\n\nMore", "a horizontal rule")]
    [InlineData("```\ncode\n```", "a code block")]
    [InlineData("Text\n\n    indented text", "indented by four spaces")]
    [InlineData("<div>html</div>", "HTML")]
    [InlineData("> quoted", "a block quote")]
    [InlineData("Some `code` here", "code (`…`)")]
    [InlineData("An ![image](x.png)", "an image")]
    [InlineData("A paragraph {#id}", "an attribute list")]
    [InlineData("::: full-width\ntext\n:::", "a container")]
    [InlineData("[text][ref]\n\n[ref]: https://example.be", "a link reference definition")]
    public void Unsupported_constructs_in_rich_text_are_reported(string markdown, string construct)
    {
        var (_, diagnostics) = Convert(markdown, MarkdownDialect.RichText);
        var diagnostic = Assert.Single(diagnostics, d => d.Descriptor == DiagnosticDescriptors.UnsupportedMarkdown);
        Assert.Contains(construct, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("test.md", diagnostic.Location.Path);
    }

    [Fact]
    public void Footnote_calls_without_text_and_texts_never_called_are_reported()
    {
        var (_, diagnostics) = Convert("Text[^2].\n\n[^1]: Unused.", MarkdownDialect.RichText);
        Assert.Contains(diagnostics, d => d.Descriptor == DiagnosticDescriptors.FootnoteUndefined && d.Message.Contains("[^2]", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Descriptor == DiagnosticDescriptors.FootnoteUnused);
    }

    [Fact]
    public void Template_headings_carry_level_number_title_and_id()
    {
        var (result, diagnostics) = Convert("### IV.1.1. OO 1.1. : Publier {#oo-1-1 number=\"IV.1.1. OO 1.1. :\"}", MarkdownDialect.Template);
        Assert.Empty(diagnostics);
        var heading = Assert.IsType<Heading>(Assert.Single(result.Blocks));
        Assert.Equal(3, heading.Level);
        Assert.Equal("oo-1-1", heading.Id);
        Assert.Equal("IV.1.1. OO 1.1. :", heading.Number);
        Assert.Equal("Publier", InlineText.Of(heading.Title));
        Assert.Equal(new SourceLocation("test.md", 1, 1), heading.Location);
    }

    [Fact]
    public void A_heading_without_id_or_with_a_wrong_number_is_reported()
    {
        var (result, diagnostics) = Convert("## No id\n\n## Title {#title number=\"IV.9\"}", MarkdownDialect.Template);
        Assert.Contains(diagnostics, d => d.Descriptor == DiagnosticDescriptors.HeadingWithoutId);
        Assert.Contains(diagnostics, d => d.Descriptor == DiagnosticDescriptors.HeadingNumberMismatch);
        Assert.Equal("heading-1", result.Blocks[0].Id);
    }

    [Fact]
    public void Template_containers_and_paragraph_classes()
    {
        var (result, diagnostics) = Convert("""
            ::: title-page {#title-page}
            NOTE {.title}

            « Title » {.subtitle}
            :::

            ::: page-break
            :::

            Label {.label #sec-1}

            ::: toc {#toc}
            - [Chapter](#chapter-1)
              - [Objective](#os-1)
            :::

            ::: full-width {#t1}
            | a | b |
            |---|---|
            | 1 | 2 |
            :::
            """, MarkdownDialect.Template);
        Assert.Empty(diagnostics);
        Assert.Equal("""
            title-page #title-page
              paragraph title | NOTE
              paragraph subtitle | « Title »
            page-break #page-break-1
            paragraph label #sec-1 | Label
            contents #toc
              entry 1 #chapter-1 | Chapter
              entry 2 #os-1 | Objective
            full-width #t1
              table columns default,default header 1
                row | a | b
                row | 1 | 2

            """.Replace("\r\n", "\n", StringComparison.Ordinal), Dump(result.Blocks));
    }

    [Fact]
    public void Unknown_containers_and_classes_are_reported_but_their_content_is_kept()
    {
        var (result, diagnostics) = Convert("::: sidebar\nKept text.\n:::\n\nText {.fancy}", MarkdownDialect.Template);
        Assert.Equal(2, diagnostics.Count(d => d.Descriptor == DiagnosticDescriptors.UnknownBlockKind));
        var container = Assert.IsType<FullWidth>(result.Blocks[0]);
        Assert.Equal("Kept text.", InlineText.Of(Assert.IsType<Paragraph>(Assert.Single(container.Blocks)).Content));
    }
}
