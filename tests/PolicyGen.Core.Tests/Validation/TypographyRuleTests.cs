using PolicyGen.Validation.Rules;

namespace PolicyGen.Tests.Validation;

/// <summary>The typography rules: PG3061 (decimal point), PG3071 (› as apostrophe), PG3072 (glued number), PG3073 (title full stop).</summary>
public class TypographyRuleTests
{
    [Theory]
    [InlineData("une hausse de 11.7 % en un an", null, "11.7")]
    [InlineData("des dossiers raciaux (37.7%)", null, "37.7")]
    [InlineData("0.8 ETP actuel pour le CEFH", "0,8 vte voor het IGVM", "0.8")]
    [InlineData("un budget de 1.5 million d’euros", null, "1.5")]
    [InlineData("il reste 15.00 euros", null, "15.00")]
    [InlineData("une part de 3.5 collaborateurs", "een aandeel van 3,5 medewerkers", "3.5")]
    public void Decimal_points_are_found(string text, string? other, string expected) =>
        Assert.Equal([expected], DecimalPointRule.Find(text, other));

    [Theory]
    [InlineData("140.000 euros et 30.001 demandes", null)]
    [InlineData("11,7 % et 0,8 ETP", null)]
    [InlineData("voir l’OO 2.3 et le point 3.1", "zie OD 2.3 en punt 3.1")]
    [InlineData("MyPermit 1.3, l’envoi d’e-mails", "MyPermit 1.3, het verzenden van e-mails")]
    [InlineData("selon les WCAG 2.1 et le Web 2.0", null)]
    [InlineData("l’objectif (OO1.1) et IV.2.9. OO. 2.9", null)]
    [InlineData("au 31.12.2022, sur l’allocation 04.004.08.01.1211", null)]
    [InlineData("la version 1.2.3 du logiciel", null)]
    [InlineData("voir https://example.org/v1.5/rapport et info.2.5@example.org", null)]
    [InlineData("la réunion de 9.30 h", null)]
    [InlineData("l’OO 1.2 en 2022", "OD 1.2 en 2022")]
    public void Other_points_between_digits_pass(string text, string? other) => Assert.Empty(DecimalPointRule.Find(text, other));

    [Theory]
    [InlineData("la création d›une plateforme", "d›une")]
    [InlineData("le board s‹est réuni", "s‹est")]
    [InlineData("een « open databeleid » en het ‹werkwoord› gebruik", null)]
    [InlineData("l’apostrophe d’une plateforme et d'un portail", null)]
    [InlineData("un titre › une suite", null)]
    public void Guillemets_between_letters_are_apostrophes(string text, string? expected) =>
        Assert.Equal(expected, GuillemetApostropheRule.Find(text));

    [Theory]
    [InlineData("het plan 2020-2025ter ondersteuning van", null, "2025ter")]
    [InlineData("il y a 20formations prévues", null, "20formations")]
    [InlineData("à partir de 30.001euros", null, "30.001euros")]
    [InlineData("de 123digit-platform", "la plateforme 123 digit", "123digit")]
    public void Numbers_glued_to_words_are_found(string text, string? other, string expected) =>
        Assert.Equal(expected, GluedNumberRule.Find(text, other));

    [Theory]
    [InlineData("le 1er janvier, le 2e, la 3ème et le 2nd trimestre, les 1ers")]
    [InlineData("de 1ste, 2de, 3de en 20ste keer, de 1e fase")]
    [InlineData("the 1st, 2nd, 3rd and 4th")]
    [InlineData("l’article 5bis et l’article 12ter")]
    [InlineData("10km à pied, 5kg, 24h/24, 9h30, 3x par an, 100mbps")]
    [InlineData("la 5G, la 4G, la 3D, SAP S/4HANA, 360Learning, O365 et Q3")]
    [InlineData("voir https://example.org/2021rapport et contact2021@example.org")]
    [InlineData("2020-2025 ter ondersteuning")]
    public void Ordinals_units_codes_and_links_pass(string text) => Assert.Null(GluedNumberRule.Find(text));

    [Fact]
    public void A_glued_token_that_the_other_language_also_has_is_a_name() =>
        Assert.Null(GluedNumberRule.Find("la plateforme 123digit", "het 123digit-platform"));

    [Theory]
    [InlineData("Een communicatieplan over het « open databeleid » voorstellen.", true)]
    [InlineData("Mettre en œuvre la mission « Top 30 ».", true)]
    [InlineData("Een communicatieplan over het « open databeleid » voorstellen", false)]
    [InlineData("Le projet (Fidus Online)", false)]
    [InlineData("Analyse des canaux (chatbot, SMS, etc.)", false)]
    [InlineData("Nieuwe kanalen (chatbot, SMS, enz.", false)]
    [InlineData("Et ensuite…", false)]
    [InlineData("Et ensuite...", false)]
    public void Titles_ending_with_a_full_stop(string title, bool expected) =>
        Assert.Equal(expected, TitleFullStopRule.EndsWithFullStop(title));

    [Theory]
    [InlineData("    description: {fr: \"Une hausse de 11.7 %.\", nl: \"Een stijging van 11,7 %.\"}\n", "PG3061")]
    [InlineData("    description: {fr: \"Une hausse de 11,7 %.\", nl: \"Een stijging van 11,7 %.\"}\n", null)]
    [InlineData("    description: {both: \"11.7 %\"}\n", "PG3061")]
    [InlineData("    description: {fr: La création d›une plateforme., nl: De oprichting van een platform.}\n", "PG3071")]
    [InlineData("    description: {fr: La création d’une plateforme., nl: De oprichting van een platform.}\n", null)]
    [InlineData("    description: {fr: Le plan 2020-2025 pour les communes., nl: Het plan 2020-2025ter ondersteuning.}\n", "PG3072")]
    [InlineData("    description: {fr: Le plan 2020-2025 pour les communes., nl: Het plan 2020-2025 ter ondersteuning.}\n", null)]
    [InlineData("    operational_objectives:\n      - {number: \"1.1\", title: {fr: Un titre, nl: Een titel.}}\n", "PG3073")]
    [InlineData("    operational_objectives:\n      - {number: \"1.1\", title: {fr: Un titre, nl: Een titel}}\n", null)]
    [InlineData("    sections:\n      - {title: {both: Internet of Things.}, text: {fr: Texte., nl: Tekst.}}\n", "PG3073")]
    public void Typography_rules_on_a_note(string fields, string? expected) =>
        RuleTestAssert.Codes(RuleRun.Codes(RuleRun.Os + fields), expected);

    [Fact]
    public void Action_titles_are_checked_too()
    {
        const string body = RuleRun.Os + """
                operational_objectives:
                  - number: "1.1"
                    title: {fr: A, nl: A}
                    realisations:
                      actions: [{id: a-1, title: {fr: Agir., nl: Handelen}}]
                    planning:
                      actions: [{id: a-2, title: {fr: Agir encore, nl: Nog handelen.}}]
            """;
        var found = RuleRun.Diagnostics(body);
        Assert.Equal(["PG3073", "PG3073"], found.Select(d => d.Id));
        Assert.Equal("the French title ends with a full stop: \"Agir.\"", found[0].Message);
    }
}
