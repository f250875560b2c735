using PolicyGen.Pdf.Layout.LineBreaking;
using static PolicyGen.Tests.Layout.LineBreaking.Paragraphs;

namespace PolicyGen.Tests.Layout.LineBreaking;

public class KnuthPlassLineBreakerTests
{
    [Fact]
    public void Words_that_fill_the_measure_exactly_break_with_natural_spaces()
    {
        var paragraph = Set("aa bb cc dd ee ff", width: 8);

        Assert.Equal("aa bb cc | dd ee ff", Lines(paragraph));
        Assert.Equal(LineBreakPass.WithoutHyphenation, paragraph.Breaking.Pass);
        Assert.Equal(0, paragraph.Lines[0].Break.Ratio, 9);
        Assert.False(paragraph.UsedFallback);
    }

    [Fact]
    public void Total_fit_avoids_the_loose_line_that_first_fit_leaves()
    {
        // First fit packs "aaaa bb c d" (11 shrunk to 10, ratio −2/3) and leaves "ee ffff" stretched to ratio 3.
        // Total fit sets two lines at ratio 0.5 each.
        var paragraph = Set("aaaa bb c d ee ffff gggg", width: 10);
        var firstFit = Set("aaaa bb c d ee ffff gggg", width: 10, LineBreakParameters.Default with
        {
            Pretolerance = -1,
            Tolerance = -1,
            EmergencyStretch = -1,
        });

        Assert.Equal("aaaa bb c | d ee ffff | gggg", Lines(paragraph));
        Assert.Equal([0.5, 0.5, 0], paragraph.Lines.Select(l => l.Break.Ratio));
        Assert.Equal("aaaa bb c d | ee ffff | gggg", Lines(firstFit));
        Assert.Equal(3, firstFit.Lines[1].Break.Ratio, 9);
        Assert.True(firstFit.UsedFallback);
    }

    [Fact]
    public void Demerits_follow_TeX()
    {
        // Two lines at ratio 0.5 (badness 12.5, just loose) and a last line (badness 0, decent): 2 × (10 + 12.5)² + 10²,
        // and no adjacent-fitness demerits since loose and decent are neighbours.
        var paragraph = Set("aaaa bb c d ee ffff gggg", width: 10);

        Assert.Equal((2 * 22.5 * 22.5) + 100, paragraph.Breaking.TotalDemerits, 6);
        Assert.Equal([FitnessClass.Loose, FitnessClass.Loose, FitnessClass.Decent], paragraph.Lines.Select(l => l.Break.Fitness));
    }

    [Fact]
    public void The_last_line_is_ragged()
    {
        var paragraph = Set("aaaa bb c d ee ffff gggg", width: 10);
        var last = paragraph.Lines[^1];

        Assert.True(last.Break.IsLast);
        Assert.Equal(0, last.Break.Ratio);
        Assert.Equal(4, last.Right, 9);
        Assert.All(paragraph.Lines.SkipLast(1), l => Assert.False(l.Break.IsLast));
    }

    [Fact]
    public void Hyphenation_is_tried_only_when_the_first_pass_fails()
    {
        // Without hyphenation the best first line is "aaa" (ratio ∞) or "aaa bbbbbbbb" (overfull): pass 1 fails.
        var text = "aaa bbbb\u00ADbbbb cc dd";
        var items = Items(text);

        var paragraph = Set(text, width: 9);

        Assert.Contains(items, i => i.Kind == ItemKind.Penalty && i.Flagged);
        Assert.Equal("aaa bbbb- | bbbb cc dd", Lines(paragraph));
        Assert.True(paragraph.Lines[0].Break.HyphenAdded);
        Assert.True(paragraph.Lines[0].Break.EndsWithHyphen);
    }

    [Fact]
    public void Pattern_hyphenation_is_skipped_by_the_first_pass()
    {
        var french = PolicyGen.Pdf.Hyphenation.Hyphenators.French;

        var easy = Set("la politique de la ville", width: 12, hyphenator: french);
        var hard = Set("une administration moderne", width: 16, hyphenator: french);

        Assert.Equal(LineBreakPass.WithoutHyphenation, easy.Breaking.Pass);
        Assert.Equal(0, easy.Breaking.HyphenatedLineCount);
        Assert.Equal(LineBreakPass.WithHyphenation, hard.Breaking.Pass);
        Assert.Equal("une administra- | tion moderne", Lines(hard));
    }

    [Fact]
    public void Never_three_hyphenated_lines_in_a_row()
    {
        const string text = "aa\u00ADAAA bbb\u00ADBBBB cccc\u00ADCC dd\u00ADDD ee\u00ADEEE ffff\u00ADFFF";
        var withoutLimit = LineBreakParameters.Default with { MaxConsecutiveHyphens = 100, DoubleHyphenDemerits = 0 };
        var withLimit = LineBreakParameters.Default with { DoubleHyphenDemerits = 0 };

        var unlimited = Set(text, width: 11, withoutLimit);
        var limited = Set(text, width: 11, withLimit);

        // The optimum without the rule has three hyphens in a row; the rule finds the next best.
        Assert.Equal("aaAAA bbb- | BBBB cccc- | CC ddDD ee- | EEE ffffFFF", Lines(unlimited));
        Assert.Equal("aaAAA bbb- | BBBB ccccCC | ddDD eeEEE | ffffFFF", Lines(limited));
        Assert.Equal(LineBreakPass.WithoutHyphenation, limited.Breaking.Pass);
        Assert.Equal(1, LongestHyphenRun(limited.Lines.Select(l => l.Break)));
    }

    [Fact]
    public void The_hyphen_limit_can_be_tightened_to_one()
    {
        const string text = "aa\u00ADAAA bbb\u00ADBBBB cccc\u00ADCC dd\u00ADDD ee\u00ADEEE ffff\u00ADFFF";

        var paragraph = Set(text, width: 11, LineBreakParameters.Default with { MaxConsecutiveHyphens = 1, DoubleHyphenDemerits = 0 });

        Assert.True(LongestHyphenRun(paragraph.Lines.Select(l => l.Break)) <= 1);
    }

    [Fact]
    public void An_over_long_word_falls_back_to_first_fit_and_is_reported()
    {
        var paragraph = Set("aa bb xxxxxxxxxxxxxxxxxxxx cc dd ee", width: 8);

        Assert.True(paragraph.UsedFallback);
        Assert.Equal(LineBreakPass.GreedyFallback, paragraph.Breaking.Pass);
        Assert.Equal("aa bb | xxxxxxxxxxxxxxxxxxxx | cc dd ee", Lines(paragraph));
        Assert.Equal([false, true, false], paragraph.Lines.Select(l => l.Break.IsOverfull));
        Assert.Equal(-1, paragraph.Lines[1].Break.Ratio);
        Assert.True(double.IsNaN(paragraph.Breaking.TotalDemerits));
    }

    [Fact]
    public void A_single_word_longer_than_the_line_still_terminates()
    {
        var paragraph = Set("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", width: 5);

        Assert.True(paragraph.UsedFallback);
        Assert.Single(paragraph.Lines);
        Assert.True(paragraph.Lines[0].Break.IsOverfull);
    }

    [Fact]
    public void A_no_break_space_never_breaks()
    {
        // With a normal space "aaa bbb" fills the 7-wide line exactly; with U+00A0 bbb and ccc stay together.
        var normal = Set("aaa bbb ccc ddd", width: 7);
        var noBreak = Set("aaa bbb\u00A0ccc ddd", width: 7);

        Assert.Equal("aaa bbb | ccc ddd", Lines(normal));
        Assert.DoesNotContain(noBreak.Lines, l => l.Text.EndsWith("bbb", StringComparison.Ordinal));
        Assert.Contains(noBreak.Lines, l => l.Text.Contains("bbb ccc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_narrow_no_break_space_never_breaks_and_keeps_its_width()
    {
        var paragraph = Set("objectif\u202F: atteindre les buts", width: 12);

        var line = Assert.Single(paragraph.Lines, l => l.Text.Contains("objectif", StringComparison.Ordinal));
        var fragment = Assert.Single(line.Fragments, f => f.Text.StartsWith("objectif", StringComparison.Ordinal));
        Assert.Equal("objectif\u202F:", fragment.Text);
        Assert.Equal(10, fragment.Width, 9);
    }

    [Fact]
    public void A_first_line_indent_narrows_only_the_first_line()
    {
        var shape = ParagraphShape.FirstLineIndent(width: 10, indent: 2);

        var paragraph = Set("aaaa bbb cccc dd eee ff", width: 10, shape: shape);

        Assert.Equal("aaaa bbb | cccc dd eee | ff", Lines(paragraph));
        Assert.Equal(2, paragraph.Lines[0].Fragments[0].X);
        Assert.Equal(10, paragraph.Lines[0].Right, 9);
        Assert.Equal(0, paragraph.Lines[1].Fragments[0].X);
        Assert.Equal(10, paragraph.Lines[1].Right, 9);
    }

    [Fact]
    public void A_hanging_indent_narrows_every_line_but_the_first()
    {
        var shape = ParagraphShape.Hanging(width: 10, indent: 3);

        var paragraph = Set("– aaaa bbb ccc dd ee fff", width: 10, shape: shape);

        Assert.Equal("– aaaa bbb | ccc dd | ee fff", Lines(paragraph));
        Assert.Equal(0, paragraph.Lines[0].Fragments[0].X);
        Assert.All(paragraph.Lines.Skip(1), l => Assert.Equal(3, l.Fragments[0].X));
        Assert.Equal(10, paragraph.Lines[1].Right, 9);
        Assert.Equal([new LineSlot(0, 10), new LineSlot(3, 7), new LineSlot(3, 7)], paragraph.Lines.Select(l => l.Break.Slot));
    }

    [Fact]
    public void A_forced_line_break_ends_a_ragged_line()
    {
        var paragraph = Set("aa bb\u2028cc dd ee ff gg", width: 8);

        Assert.Equal("aa bb | cc dd ee | ff gg", Lines(paragraph));
        Assert.Equal(0, paragraph.Lines[0].Break.Ratio);
        Assert.Equal(5, paragraph.Lines[0].Right, 9);
    }

    [Fact]
    public void An_empty_paragraph_has_one_empty_line()
    {
        var paragraph = Set("   ", width: 8);

        var line = Assert.Single(paragraph.Lines);
        Assert.Empty(line.Fragments);
        Assert.True(line.Break.IsLast);
    }

    [Fact]
    public void Items_must_end_with_a_forced_break()
    {
        var breaker = new KnuthPlassLineBreaker();

        Assert.Throws<ArgumentException>(() => breaker.Break([LayoutItem.Box(3, "abc")], ParagraphShape.Uniform(10)));
        Assert.Throws<ArgumentException>(() => breaker.Break([], ParagraphShape.Uniform(10)));
    }

    [Fact]
    public void Very_long_input_uses_first_fit_as_a_guard()
    {
        var text = string.Join(' ', Enumerable.Repeat("aaa bb", 50));

        var paragraph = Set(text, width: 20, LineBreakParameters.Default with { MaxItemsForTotalFit = 50 });

        Assert.True(paragraph.UsedFallback);
        Assert.All(paragraph.Lines, l => Assert.False(l.Break.IsOverfull));
    }
}
