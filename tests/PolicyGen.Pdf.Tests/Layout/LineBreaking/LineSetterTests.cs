using PolicyGen.Pdf.Hyphenation;
using PolicyGen.Pdf.Layout;
using PolicyGen.Pdf.Layout.LineBreaking;
using static PolicyGen.Tests.Layout.LineBreaking.Paragraphs;

namespace PolicyGen.Tests.Layout.LineBreaking;

public class LineSetterTests
{
    [Fact]
    public void Glue_is_set_by_the_ratio_and_the_line_ends_at_the_right_edge()
    {
        // "aaaa bb c" on 10: natural 9, two spaces stretching 1 each, ratio 0.5 → spaces of 1.5.
        var line = Set("aaaa bb c d ee ffff gggg", width: 10).Lines[0];

        Assert.Equal([("aaaa", 0.0), ("bb", 5.5), ("c", 9.0)], line.Fragments.Select(f => (f.Text, f.X)));
        Assert.Equal(10, line.Right, 9);
        Assert.All(line.Fragments.SkipLast(1), f => Assert.True(f.SpaceAfter));
        Assert.False(line.Fragments[^1].SpaceAfter);
    }

    [Fact]
    public void Shrunk_glue_uses_the_shrink()
    {
        var paragraph = Set("aaaa bb ccc dd", width: 10);
        var line = paragraph.Lines[0];

        Assert.Equal("aaaa bb ccc", line.Text);
        Assert.Equal(-1, line.Break.Ratio, 9); // natural 11, two spaces shrinking 0.5 each: fully shrunk
        Assert.Equal([0.0, 4.5, 7.0], line.Fragments.Select(f => f.X));
        Assert.Equal(10, line.Right, 9);
    }

    [Fact]
    public void Pieces_of_a_hyphenated_word_are_one_fragment_with_the_hyphen()
    {
        var paragraph = Set("une administration moderne", width: 16, hyphenator: Hyphenators.French);
        var first = paragraph.Lines[0];

        Assert.Equal(["une", "administra-"], first.Fragments.Select(f => f.Text));
        Assert.Equal(11, first.Fragments[1].Width, 9);
        Assert.Equal(16, first.Right, 9);
        Assert.Equal(["tion", "moderne"], paragraph.Lines[1].Fragments.Select(f => f.Text));
    }

    [Fact]
    public void Faces_split_fragments_and_set_the_line_extent()
    {
        var typesetter = new ParagraphTypesetter(Metrics, null, null, Options);

        var paragraph = typesetter.Typeset(
            [new TextRun("le ", FontSpec.Regular(1)), new TextRun("gras", FontSpec.Bold(2)), new TextRun("sol x", FontSpec.Regular(1))],
            ParagraphShape.Uniform(40));
        var line = Assert.Single(paragraph.Lines);

        Assert.Equal(["le", "gras", "sol", "x"], line.Fragments.Select(f => f.Text));
        Assert.Equal([true, false, true, false], line.Fragments.Select(f => f.SpaceAfter));
        Assert.Equal(1.6, line.Ascent, 9); // bold at size 2
        Assert.Equal(0.4, line.Descent, 9);
        Assert.Equal(3 + 8, line.Fragments[2].X, 9); // "le" + space + "gras" (4 letters at 2 units)
    }

    [Fact]
    public void An_explicit_hyphen_break_adds_nothing()
    {
        var paragraph = Set("voir porte-monnaie ici", width: 11);

        Assert.Equal("voir porte- | monnaie ici", Lines(paragraph));
        Assert.True(paragraph.Lines[0].Break.EndsWithHyphen);
        Assert.False(paragraph.Lines[0].Break.HyphenAdded);
    }
}
