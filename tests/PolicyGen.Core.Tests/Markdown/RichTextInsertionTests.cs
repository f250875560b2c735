using PolicyGen.Markdown;

namespace PolicyGen.Tests.Markdown;

public sealed class RichTextInsertionTests
{
    [Fact]
    public void Footnotes_are_renamed_per_field_and_taken_out()
    {
        var insertion = new RichTextInsertion();
        var first = insertion.Blocks("One[^1].\n\n[^1]: First note.\n");
        var second = insertion.Blocks("Two[^1] and[^a].\n\n[^1]: Second.\n[^a]: Third,\n    on two lines.");
        Assert.Equal("One[^n1-1].", first);
        Assert.Equal("Two[^n2-1] and[^n2-a].", second);
        Assert.Equal(["[^n1-1]: First note.", "[^n2-1]: Second.", "[^n2-a]: Third,\n    on two lines."], insertion.Footnotes);
    }

    [Fact]
    public void A_run_in_text_keeps_its_first_paragraph_on_the_line_and_indents_the_rest()
    {
        var insertion = new RichTextInsertion();
        Assert.Equal("Only one.", insertion.RunIn("Only one.\n", 2));
        Assert.Equal("First.\n\n  - a\n  - b", insertion.RunIn("First.\n\n- a\n- b", 2));
        Assert.Equal("\n\n  - a\n  - b", insertion.RunIn("- a\n- b", 2));
    }
}
