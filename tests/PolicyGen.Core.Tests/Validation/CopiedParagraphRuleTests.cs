using PolicyGen.Model;
using PolicyGen.Validation.Rules;

namespace PolicyGen.Tests.Validation;

/// <summary>PG3051: a paragraph copied from one column into the other.</summary>
public class CopiedParagraphRuleTests
{
    [Fact]
    public void A_short_dutch_sentence_in_the_french_column_is_reported_in_the_french_column()
    {
        const string sentence = "In 2022 zullen de verschillende partnerschappen worden voortgezet :";
        var (paragraph, copy) = Assert.Single(CopiedParagraphRule.Find(sentence + "\n\n- Brussels Smart City", sentence + "\n\n- Smart City Brussel"));
        Assert.Equal(sentence, paragraph);
        Assert.Equal(Language.Fr, copy);
    }

    [Fact]
    public void A_french_footnote_in_the_dutch_column_is_reported_in_the_dutch_column()
    {
        var fr = "Un texte.[^6]\n\n[^6]: Risque de pauvreté ou d’exclusion sociale, 2020, statbel";
        var nl = "Een tekst.[^6]\n\n[^6]: Risque de pauvreté ou d’exclusion sociale, 2020, statbel";
        var (paragraph, copy) = Assert.Single(CopiedParagraphRule.Find(fr, nl));
        Assert.Equal("Risque de pauvreté ou d’exclusion sociale, 2020, statbel", paragraph);
        Assert.Equal(Language.Nl, copy);
    }

    [Theory]
    [InlineData("Rapport chiffres 2020, Unia")]                                              // fewer than six words
    [InlineData("Microsoft Teams, Google Workspace, Zoom, Webex, Slack, Jitsi")]             // names: no French or Dutch word
    [InlineData("European Union Agency for fundamental rights, 2019 / https://fra.europa.eu/en/publication/2020/eu-lgbti-survey-results")]
    [InlineData("https://www.rainbow-europe.org/country-ranking")]
    public void Names_urls_english_titles_and_short_paragraphs_pass(string shared) =>
        Assert.Empty(CopiedParagraphRule.Find($"Texte.\n\n{shared}", $"Tekst.\n\n{shared}"));

    [Fact]
    public void A_long_copied_paragraph_is_left_to_PG3050()
    {
        const string dutch = "De regering wil de administratieve procedures vereenvoudigen en de dienstverlening aan de burgers verbeteren.";
        Assert.Empty(CopiedParagraphRule.Find(dutch, dutch));
        Assert.Equal(["PG3050"], RuleRun.Codes(RuleRun.Os + $"    description:\n      fr: |\n        {dutch}\n      nl: |\n        {dutch}\n"));
    }

    [Fact]
    public void Texts_written_both_and_translated_texts_pass()
    {
        Assert.Empty(RuleRun.Codes(RuleRun.Os + "    description: {both: In 2022 zullen de verschillende partnerschappen worden voortgezet}\n"));
        Assert.Empty(RuleRun.Codes(RuleRun.Os +
            "    description: {fr: En 2022 les différents partenariats seront poursuivis., nl: In 2022 zullen de verschillende partnerschappen worden voortgezet.}\n"));
    }

    [Fact]
    public void The_copy_is_reported_with_the_paragraph()
    {
        var d = Assert.Single(RuleRun.Diagnostics(RuleRun.Os +
            "    description: {fr: In 2022 zullen de verschillende partnerschappen worden voortgezet., nl: In 2022 zullen de verschillende partnerschappen worden voortgezet.}\n"));
        Assert.Equal("PG3051", d.Id);
        Assert.Equal("the French text repeats the Dutch paragraph \"In 2022 zullen de verschillende partnerschappen wo…\"", d.Message);
        Assert.Equal(Diagnostics.Severity.Warning, d.Severity);
    }
}
