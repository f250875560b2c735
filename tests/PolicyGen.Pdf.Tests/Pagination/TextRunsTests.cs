using PolicyGen.Pdf.Layout;
using PolicyGen.Pdf.Layout.Pagination;
using PolicyGen.Tests.Fakes;

namespace PolicyGen.Tests.Pagination;

/// <summary>Pieces one natural space apart in the same font are drawn as one string; anything else stays apart.</summary>
public class TextRunsTests
{
    private static readonly FixedWidthMetrics Metrics = new();
    private static readonly FontSpec Regular = new(FontVariant.Regular, 1);
    private static readonly FontSpec Bold = new(FontVariant.Bold, 1);

    [Fact]
    public void Naturally_spaced_words_become_one_run_with_the_line_s_extent()
    {
        // "ab" at 0 (width 2), one space (1), "cde" at 3, one space, "f" at 7.
        var runs = TextRuns.Of(Line(Piece("ab", 0), Piece("cde", 3), Piece("f", 7)), Metrics);

        var run = Assert.Single(runs);
        Assert.Equal("ab cde f", run.Text);
        Assert.Equal(0, run.X);
        Assert.Equal(8, run.Width);
    }

    [Fact]
    public void A_stretched_space_a_change_of_font_and_a_space_of_the_piece_s_own_keep_pieces_apart()
    {
        var stretched = TextRuns.Of(Line(Piece("ab", 0), Piece("cd", 3.5)), Metrics);
        Assert.Equal(["ab", "cd"], stretched.Select(r => r.Text));

        var fonts = TextRuns.Of(Line(Piece("ab", 0), Piece("cd", 3, Bold)), Metrics);
        Assert.Equal(["ab", "cd"], fonts.Select(r => r.Text));

        var own = TextRuns.Of(Line(Piece("ab ", 0), Piece("cd", 4)), Metrics);
        Assert.Equal(["ab ", "cd"], own.Select(r => r.Text));
    }

    [Fact]
    public void Only_the_neighbours_that_can_be_joined_are()
    {
        // ab_cd, then a stretched gap, then ef_g.
        var runs = TextRuns.Of(Line(Piece("ab", 0), Piece("cd", 3), Piece("ef", 6.5), Piece("g", 9.5)), Metrics);

        Assert.Equal(["ab cd", "ef g"], runs.Select(r => r.Text));
        Assert.Equal([0.0, 6.5], runs.Select(r => r.X));
        Assert.Equal([5.0, 4.0], runs.Select(r => r.Width));
    }

    [Fact]
    public void A_line_with_nothing_to_join_is_given_back_as_it_is()
    {
        var line = Line(Piece("ab", 0), Piece("cd", 4));
        Assert.Same(line.Texts, TextRuns.Of(line, Metrics));
    }

    private static PlacedText Piece(string text, double x, FontSpec? font = null) =>
        new(text, font ?? Regular, x, 10, Metrics.MeasureWidth(text, font ?? Regular));

    private static PlacedLine Line(params PlacedText[] texts) =>
        new(texts[0].X, 10, texts[^1].X + texts[^1].Width - texts[0].X, 0, false, texts);
}
