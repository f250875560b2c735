using PolicyGen.Pdf.Fonts;
using PolicyGen.Pdf.Hyphenation;
using PolicyGen.Pdf.Layout;
using PolicyGen.Pdf.Layout.LineBreaking;

namespace PolicyGen.Tests.Layout.LineBreaking;

/// <summary>
/// A paragraph of the printed volume (A-453/2, "Transition numérique"), in each language, set with the real
/// Liberation Serif 10-point metrics in a column of about 49 average characters, as the layout guide calibrates it.
/// </summary>
public class RealisticParagraphTests
{
    private const string French =
        "Le tronc commun de la stratégie de la Région consiste en une transformation digitale qui s’effectuera à travers "
        + "nos administrations. Celles-ci doivent perpétuellement se moderniser en remettant en question tous leurs "
        + "processus internes et externes tout en mettant en place une politique concernant l’élément central des "
        + "tendances technologiques que constituent les données. Elles doivent être, d’une part, exploitées en vue d’en "
        + "tirer tous les bénéfices sociétaux, mais d’autre part, balisées afin de garantir la finalité de leurs "
        + "utilisations et la protection de nos citoyens. Enfin, la Région doit consolider les bases essentielles en vue "
        + "de préparer notre société à des technologies, telles que l’intelligence artificielle, qui auront un impact "
        + "transversal sur notre société.";

    private const string Dutch =
        "De gemeenschappelijke basis van het Gewestelijk beleid bestaat uit een digitale transformatie die zich via onze "
        + "besturen zal voltrekken. Zij moeten zich voortdurend vernieuwen door al hun interne en externe processen "
        + "kritisch te bekijken en tegelijkertijd een beleid te voeren met betrekking tot de centrale bouwsteen van de "
        + "technologische trends, namelijk de data. Enerzijds moeten data worden aangewend om er alle maatschappelijke "
        + "voordelen uit te halen, maar anderzijds moeten ze worden afgebakend om te garanderen dat ze met de juiste "
        + "finaliteit gebruikt worden en de bescherming van de burger verzekerd is. Tot slot moet het gewest zijn "
        + "grondvesten versterken om onze samenleving klaar te stomen voor de komst van technologieën, zoals artificiële "
        + "intelligentie, die een transversale impact op onze samenleving zullen hebben.";

    private static readonly FontSpec Body = FontSpec.Regular(10);

    public static TheoryData<string, string> Texts() => new() { { "fr", French }, { "nl", Dutch } };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_column_of_49_characters_is_justified_with_sane_word_spaces(string language, string text)
    {
        var metrics = PdfSharpFontMetrics.Shared;
        var hyphenator = language == "fr" ? Hyphenators.French : Hyphenators.Dutch;
        var width = 49 * metrics.MeasureWidth(text, Body) / text.Length;
        var options = ItemBuilderOptions.Default;

        var paragraph = new ParagraphTypesetter(metrics, hyphenator).Typeset([new TextRun(text, Body)], ParagraphShape.Uniform(width));

        Assert.InRange(width, 185, 205);
        Assert.False(paragraph.UsedFallback);
        var body = paragraph.Lines.Where(l => !l.Break.IsLast).ToList();
        Assert.All(body, l => Assert.Equal(width, l.Right, 6));
        Assert.All(paragraph.Lines, l => Assert.False(l.Break.IsOverfull));

        // Word space as set ÷ natural word space, per justified line.
        var spacing = body.Select(l => l.Break.Ratio >= 0 ? 1 + (options.SpaceStretch * l.Break.Ratio) : 1 + (options.SpaceShrink * l.Break.Ratio)).ToList();
        Assert.InRange(spacing.Average(), 0.9, 1.45);
        Assert.All(spacing, s => Assert.InRange(s, 0.66, 2.2));

        Assert.True(Paragraphs.LongestHyphenRun(paragraph.Lines.Select(l => l.Break)) <= 2);
        Assert.InRange(paragraph.Lines.Count, 15, 20);
        Assert.Equal(text, Paragraphs.Reassemble(paragraph));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_hyphen_is_at_a_break_the_hyphenator_allows(string language, string text)
    {
        var metrics = PdfSharpFontMetrics.Shared;
        var hyphenator = language == "fr" ? Hyphenators.French : Hyphenators.Dutch;
        var width = 49 * metrics.MeasureWidth(text, Body) / text.Length;

        var paragraph = new ParagraphTypesetter(metrics, hyphenator).Typeset([new TextRun(text, Body)], ParagraphShape.Uniform(width));

        var hyphenated = paragraph.Lines.Where(l => l.Break.HyphenAdded).ToList();
        Assert.NotEmpty(hyphenated);
        foreach (var line in hyphenated)
        {
            var items = paragraph.Breaking.Items;
            var penalty = items[line.Break.End];
            var wordStart = line.Break.End;
            while (wordStart > 0 && items[wordStart - 1].Kind != ItemKind.Glue)
            {
                wordStart--;
            }

            var word = string.Concat(Enumerable.Range(wordStart, paragraph.Breaking.Items.Count - wordStart)
                .Select(i => items[i]).TakeWhile(i => i.Kind != ItemKind.Glue).Where(i => i.Kind == ItemKind.Box).Select(i => i.Text));
            var position = penalty.Source - items[wordStart].Source;
            Assert.Contains(new WordBreak(position, WordBreakKind.Hyphenation), hyphenator.FindBreaks(word));
        }
    }
}
