using PolicyGen.Pdf.Hyphenation;
using PolicyGen.Pdf.Layout;
using PolicyGen.Pdf.Layout.LineBreaking;
using PolicyGen.Tests.Fakes;
using static PolicyGen.Tests.Layout.LineBreaking.Paragraphs;

namespace PolicyGen.Tests.Layout.LineBreaking;

public class ParagraphItemBuilderTests
{
    private const string End = "(~) <fill> (!)";

    private static string Show(IReadOnlyList<LayoutItem> items) => string.Join(" ", items);

    [Fact]
    public void Words_become_boxes_and_spaces_glue_ending_with_the_paragraph_fill()
    {
        Assert.Equal($"[ab] <1+1-0.5> [cde] {End}", Show(Items("ab cde")));
    }

    [Fact]
    public void Runs_of_whitespace_collapse_and_edges_are_trimmed()
    {
        Assert.Equal($"[ab] <1+1-0.5> [cd] {End}", Show(Items("  ab \t\n  cd  ")));
    }

    [Fact]
    public void A_no_break_space_is_glue_behind_an_infinite_penalty()
    {
        var items = Items("art.\u00A060");

        Assert.Equal($"[art.] (~) <1+1-0.5> [60] {End}", Show(items));
        Assert.Equal("\u00A0", items[2].Text);
    }

    [Fact]
    public void Whitespace_containing_a_no_break_space_does_not_break()
    {
        Assert.Equal($"[a] (~) <1+1-0.5> [b] {End}", Show(Items("a \u00A0 b")));
    }

    [Theory]
    [InlineData("objectif :")]
    [InlineData("oui ; non")]
    [InlineData("quoi ?")]
    [InlineData("« digital »")]
    [InlineData("20 %")]
    public void Ordinary_spaces_around_French_punctuation_do_not_break(string text)
    {
        var items = Items(text);

        // Glue next to the sign is behind an infinite penalty; other glue (after "; ") still breaks.
        var glue = items.Select((item, i) => (item, i)).Where(x => x.item.Kind == ItemKind.Glue && !x.item.InfiniteStretch).ToList();
        var tied = glue.Where(x => ":;!?»%".Contains(items[x.i + 1].Text[0], StringComparison.Ordinal)
            || items.Take(x.i).Last(i => i.Kind == ItemKind.Box).Text.EndsWith('«')).ToList();
        Assert.NotEmpty(tied);
        Assert.All(tied, x => Assert.True(items[x.i - 1].IsForbiddenBreak, $"glue at {x.i} can break"));
        Assert.All(glue.Except(tied), x => Assert.Equal(ItemKind.Box, items[x.i - 1].Kind));
    }

    [Fact]
    public void Punctuation_ties_can_be_turned_off()
    {
        Assert.Equal($"[objectif] <1+1-0.5> [:] {End}", Show(Items("objectif :", options: Options with { KeepPunctuationWithWord = false })));
        Assert.Equal($"[objectif] (~) <1+1-0.5> [:] {End}", Show(Items("objectif :")));
    }

    [Fact]
    public void A_narrow_no_break_space_is_a_fixed_box()
    {
        var items = Items("objectif\u202F: oui");

        Assert.Equal($"[objectif] [\u202F] [:] <1+1-0.5> [oui] {End}", Show(items));
    }

    [Fact]
    public void Soft_hyphens_are_the_only_breaks_of_their_word_and_are_kept_in_pass_one()
    {
        var items = Items("ad\u00ADministration x", Hyphenators.French);

        Assert.Equal($"[ad] (-50) [ministration] <1+1-0.5> [x] {End}", Show(items));
        var penalty = items[1];
        Assert.True(penalty.Flagged);
        Assert.False(penalty.IsHyphenationPoint);
        Assert.Equal(1, penalty.Width);
    }

    [Fact]
    public void Pattern_breaks_are_hyphenation_points_with_the_hyphen_width()
    {
        var items = Items("administration publique", Hyphenators.French);

        Assert.Equal($"[ad] (-50) [mi] (-50) [nis] (-50) [tra] (-50) [tion] <1+1-0.5> [publique] {End}", Show(items));
        Assert.All(items.Where(i => i.Flagged), i => Assert.True(i.IsHyphenationPoint));
    }

    [Fact]
    public void The_last_word_is_not_hyphenated_unless_asked()
    {
        var asked = Options with { HyphenateLastWord = true };

        Assert.Equal($"[la] <1+1-0.5> [politique] {End}", Show(Items("la politique", Hyphenators.French)));
        Assert.Equal($"[la] <1+1-0.5> [po] (-50) [li] (-50) [tique] {End}", Show(Items("la politique", Hyphenators.French, asked)));
    }

    [Fact]
    public void An_explicit_hyphen_is_a_flagged_break_adding_nothing()
    {
        var items = Items("porte-monnaie neuf", Hyphenators.French);

        Assert.Equal($"[porte-] (50) [monnaie] <1+1-0.5> [neuf] {End}", Show(items));
        Assert.Equal(0, items[1].Width);
        Assert.True(items[1].Flagged);
        Assert.False(items[1].IsHyphenationPoint);
    }

    [Fact]
    public void Without_a_hyphenator_explicit_hyphens_still_break()
    {
        Assert.Equal($"[porte-] (50) [monnaie] <1+1-0.5> [administration] {End}", Show(Items("porte-monnaie administration")));
    }

    [Fact]
    public void A_word_spanning_runs_gets_one_box_per_face_and_keeps_its_hyphenation()
    {
        var metrics = new FixedWidthMetrics(emWidth: 1, boldEmWidth: 2);
        var builder = new ParagraphItemBuilder(metrics, Hyphenators.French, Options);

        var items = builder.Build([new TextRun("gouver", FontSpec.Regular(1)), new TextRun("nement", FontSpec.Bold(1)), new TextRun(" x", FontSpec.Regular(1))]);

        Assert.Equal($"[gou] (-50) [ver] (-50) [ne] (-50) [ment] <1+1-0.5> [x] {End}", Show(items));
        Assert.Equal(FontVariant.Regular, items[3].Font.Variant); // the hyphen after "ver" is regular like "ver"
        Assert.Equal(FontVariant.Bold, items[4].Font.Variant);
        Assert.Equal(4, items[4].Width); // two bold letters, two units each
        Assert.Equal(FontVariant.Bold, items[5].Font.Variant); // the hyphen after "ne" is bold like "ne"
        Assert.Equal(2, items[5].Width);
    }

    [Fact]
    public void Word_spaces_take_the_face_and_size_of_the_space_character()
    {
        var builder = new ParagraphItemBuilder(Metrics, null, Options);

        var items = builder.Build([new TextRun("a", FontSpec.Regular(1)), new TextRun(" ", FontSpec.Regular(3)), new TextRun("b", FontSpec.Regular(1))]);

        Assert.Equal(3, items[1].Width);
        Assert.Equal(3, items[1].Stretch);
        Assert.Equal(1.5, items[1].Shrink);
    }

    [Fact]
    public void A_line_separator_forces_a_break_inside_the_paragraph()
    {
        Assert.Equal($"[a] {End} [b] {End}", Show(Items("a \u2028 b")));
    }

    [Fact]
    public void A_zero_width_space_allows_a_break_without_space()
    {
        Assert.Equal($"[www.example.be/] <0+0-0> [path] {End}", Show(Items("www.example.be/\u200Bpath")));
    }

    [Fact]
    public void Items_remember_where_they_come_from()
    {
        var items = Items("ab  cd");

        Assert.Equal([0, 2, 4], items.Take(3).Select(i => i.Source));
    }

    [Fact]
    public void Empty_input_is_just_the_paragraph_end()
    {
        Assert.Equal(End, Show(Items("")));
        Assert.Equal(End, Show(new ParagraphItemBuilder(Metrics, null).Build([])));
    }
}
