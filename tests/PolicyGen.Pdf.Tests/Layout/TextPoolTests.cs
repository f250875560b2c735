using System.Text;
using PolicyGen.Pdf.Layout.LineBreaking;

namespace PolicyGen.Tests.Layout;

/// <summary>Equal texts of laid-out pieces share one string; the content is never changed.</summary>
public class TextPoolTests
{
    [Fact]
    public void Equal_texts_give_the_same_string_and_different_texts_different_ones()
    {
        var first = TextPool.Of(new StringBuilder("régio-"));
        var second = TextPool.Of(new StringBuilder("régio").Append('-'));
        var other = TextPool.Of(new StringBuilder("régio"));

        Assert.Equal("régio-", first);
        Assert.Same(first, second);
        Assert.Equal("régio", other);
        Assert.NotSame(first, other);
    }

    [Fact]
    public void A_long_text_keeps_its_content_without_being_pooled()
    {
        var text = new string('x', 100);
        var first = TextPool.Of(new StringBuilder(text));
        var second = TextPool.Of(new StringBuilder(text));

        Assert.Equal(text, first);
        Assert.NotSame(first, second);
    }
}
