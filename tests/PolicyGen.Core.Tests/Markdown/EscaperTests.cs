using CsCheck;
using PolicyGen.Documents;
using PolicyGen.Markdown;
using static PolicyGen.Tests.Markdown.MarkdownTestSupport;

namespace PolicyGen.Tests.Markdown;

public sealed class EscaperTests
{
    [Theory]
    [InlineData("*Important* # title")]
    [InlineData("- not a list")]
    [InlineData("1. not numbered")]
    [InlineData("a | b {#id} [^1] <b>x</b> &amp; `code`")]
    [InlineData("=== and ::: and > quote")]
    public void Escaped_plain_text_prints_as_typed(string text)
    {
        var (result, diagnostics) = Convert(MarkdownEscaper.Escape(text), MarkdownDialect.RichText);
        Assert.Empty(diagnostics);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(result.Blocks));
        Assert.Equal(text, InlineText.Of(paragraph.Content));
    }

    [Fact]
    public void Any_escaped_line_reads_back_as_one_paragraph_of_the_same_text() =>
        Gen.String["abc XYZ0123456789*_#-+=.:>|[]{}()<>!&^~`\\'\"é"]
            .Where(s => s.Trim().Length > 0)
            .Sample(text =>
            {
                var (result, diagnostics) = Convert(MarkdownEscaper.Escape(text), MarkdownDialect.RichText);
                Assert.Empty(diagnostics);
                var paragraph = Assert.IsType<Paragraph>(Assert.Single(result.Blocks));
                Assert.Equal(text.Trim(), InlineText.Of(paragraph.Content));
            }, iter: 3000);
}
