using PolicyGen.Pipeline;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.Validation;

/// <summary>Each rule on a small note: it fires on the mistake and stays silent on the correct form.</summary>
public class RuleTests
{
    private const string Os = "strategic_objectives:\n  - number: 1\n    title: {fr: Objectif un, nl: Doelstelling een}\n";

    private static List<string> Codes(string noteBody, string? volume = null)
    {
        using var project = TempProject.WithNote("title: {fr: Démo, nl: Demo}\n" + TempProject.Chapters + noteBody, volume);
        return [.. ProjectValidation.Run(project.Directory).Diagnostics.Select(d => d.Id)];
    }

    [Theory]
    [InlineData("    description: {fr: Un texte., nl: Een tekst.}\n", null)]
    [InlineData("    description: {fr: Un texte.}\n", "PG3001")]
    [InlineData("    description: {nl: Een tekst.}\n", "PG3001")]
    [InlineData("    description: {fr: \"\", nl: \" \"}\n", "PG3002")]
    [InlineData("    description: {fr: Coût de XXX euros., nl: Kost van XXX euro.}\n", "PG3003")]
    [InlineData("    description: {fr: TODO, nl: TODO}\n", "PG3003")]
    [InlineData("    description: {fr: …, nl: …}\n", "PG3003")]
    [InlineData("    description: {fr: Plus de XX demandes., nl: Meer dan XX aanvragen.}\n", "PG3003")]
    [InlineData("    description: {fr: \"/\", nl: \"/\"}\n", "PG3003")]
    [InlineData("    description: {fr: \"- / -\", nl: \"–\"}\n", "PG3003")]
    [InlineData("    description: {fr: Au XXe siècle et au XXIe., nl: In de twintigste en de eenentwintigste eeuw.}\n", null)]
    [InlineData("    deadline: 2024\n", null)]
    [InlineData("    deadline: 2025\n", "PG3040")]
    [InlineData("    deadline: {year: 2026, beyond_legislature: true}\n", null)]
    [InlineData("    deadline: {recurring_until: 2030}\n", "PG3040")]
    [InlineData("    deadline: {}\n", "PG3041")]
    [InlineData("    deadline: {month: 2022-13}\n", "PG3041")]
    [InlineData("    see_also: [os-1]\n", null)]
    [InlineData("    see_also: [os-2]\n", "PG3020")]
    public void Objective_level_rules(string fields, string? expected) => AssertCodes(Codes(Os + fields), expected);

    [Theory]
    [InlineData("{binary: true}", null)]
    [InlineData("{green: 4, red: 2}", null)]
    [InlineData("{green: 2, red: 4, better: lower}", null)]
    [InlineData("{green: 4, orange: 3, red: 2}", null)]
    [InlineData("{green: {min: 2884, max: 5420}, orange: {min: 1439, max: 2884}, red: {max: 1439}}", null)]
    [InlineData("{text: {fr: Voir le tableau, nl: Zie de tabel}}", null)]
    [InlineData("{per_action: true}", null)]
    [InlineData("{green: 4}", "PG3030")]
    [InlineData("{binary: true, green: 4, red: 2}", "PG3030")]
    [InlineData("{}", "PG3030")]
    [InlineData("{green: 2, red: 4}", "PG3031")]
    [InlineData("{green: 4, red: 2, better: lower}", "PG3031")]
    [InlineData("{green: 4, orange: 5, red: 2}", "PG3032")]
    [InlineData("{green: {min: 10, max: 5}, red: 1}", "PG3032")]
    [InlineData("{green: {min: 5, max: 10}, red: {min: 0, max: 6}}", "PG3032")]
    public void Threshold_rules(string thresholds, string? expected) =>
        AssertCodes(Codes(Os + $"    operational_objectives:\n      - number: \"1.1\"\n        title: {{fr: A, nl: A}}\n        thresholds: {thresholds}\n"), expected);

    [Theory]
    [InlineData("\"1.1\"", "\"1.2\"", null)]
    [InlineData("\"1.1\"", "\"1.1\"", "PG3010")]
    [InlineData("\"1.1\"", "\"1.3\"", "PG3011")]
    [InlineData("\"1.1\"", "\"2.2\"", "PG3012")]
    [InlineData("\"1.1\"", "\"1-2\"", "PG3013")]
    public void Numbering_rules(string first, string second, string? expected) =>
        AssertCodes(Codes(Os + $"    operational_objectives:\n      - {{number: {first}, title: {{fr: A, nl: A}}}}\n      - {{number: {second}, title: {{fr: B, nl: B}}}}\n"), expected);

    [Fact]
    public void Actions_kpis_and_the_regulatory_agenda_refer_to_existing_items()
    {
        const string body = Os + """
                operational_objectives:
                  - number: "1.1"
                    title: {fr: A, nl: A}
                    planning:
                      indicators: [{text: {fr: Nombre, nl: Aantal}, actions: [a-1]}]
                      actions: [{id: a-1, title: {fr: Agir, nl: Handelen}}]
            regulatory_agenda:
              - content: {fr: Ordonnance, nl: Ordonnantie}
                strategic_objective: os-1
                operational_objectives: [oo-1-1]
            """;
        Assert.Empty(Codes(body));
        Assert.Equal(["PG3020", "PG3020", "PG3020"], Codes(body.Replace("[a-1]}]", "[a-2]}]", StringComparison.Ordinal)
            .Replace("strategic_objective: os-1", "strategic_objective: os-3", StringComparison.Ordinal)
            .Replace("[oo-1-1]", "[oo-1-9]", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Le budget est de 140.000 euros pour 2022.", "Het budget bedraagt 140.000 euro voor 2022.", null)]
    [InlineData("La plateforme a traité 30.001 demandes.", "Het platform heeft 30,001 aanvragen verwerkt.", "PG3060")]
    [InlineData("Deux communes participent.", "2 gemeenten nemen deel.", null)]
    [InlineData("Le « plan » (2021) est prêt.", "Het « plan » (2021 is klaar.", "PG3070")]
    public void Parity_and_balance_rules(string fr, string nl, string? expected) =>
        AssertCodes(Codes(Os + $"    description: {{fr: \"{fr}\", nl: \"{nl}\"}}\n"), expected);

    [Fact]
    public void Wrong_language_is_found_per_paragraph()
    {
        const string dutch = "De regering wil de administratieve procedures vereenvoudigen en de dienstverlening aan de burgers verbeteren.";
        const string french = "Le gouvernement veut simplifier les procédures administratives et améliorer le service aux citoyens.";
        Assert.Empty(Codes(Os + $"    description:\n      fr: |\n        {french}\n      nl: |\n        {dutch}\n"));
        Assert.Equal(["PG3050"], Codes(Os + $"    description:\n      fr: |\n        {french}\n\n        {dutch}\n      nl: |\n        {dutch}\n"));
    }

    [Fact]
    public void Abbreviations_used_and_listed()
    {
        const string list = "abbreviations:\n  - abbr: {fr: CIRB, nl: CIBG}\n    text: {fr: Centre d'Informatique, nl: Centrum voor Informatica}\n";
        Assert.Empty(Codes(Os + "    description: {fr: Le CIRB aide., nl: Het CIBG helpt.}\n" + list));
        Assert.Equal(["PG3081", "PG3081"], Codes(Os + "    description: {fr: Rien., nl: Niets.}\n" + list));
        Assert.Equal(["PG3080"], Codes(Os + "    description: {fr: Le CIRB et le SPRB., nl: Het CIBG helpt.}\n" + list));
    }

    [Fact]
    public void Rules_can_be_switched_off_or_made_errors()
    {
        var volume = TempProject.Volume + "\nrules:\n  PG3040: off\n";
        Assert.Empty(Codes(Os + "    deadline: 2030\n", volume));
        using var project = TempProject.WithNote("title: {fr: Démo, nl: Demo}\n" + TempProject.Chapters + Os + "    deadline: 2030\n",
            TempProject.Volume + "\nrules:\n  PG3040: error\n");
        var d = Assert.Single(ProjectValidation.Run(project.Directory).Diagnostics);
        Assert.Equal(Diagnostics.Severity.Error, d.Severity);
    }

    private static void AssertCodes(List<string> actual, string? expected)
    {
        if (expected is null)
        {
            Assert.Empty(actual);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(actual.Distinct()));
        }
    }
}
