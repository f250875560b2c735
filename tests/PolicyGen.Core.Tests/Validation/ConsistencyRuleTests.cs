namespace PolicyGen.Tests.Validation;

/// <summary>Consistency inside a note: PG3015 (action titles), PG3016 (allocation labels), PG3042 (action deadlines).</summary>
public class ConsistencyRuleTests
{
    private static string Actions(string realisedTitle, string plannedTitle, string plannedId = "a-1") => RuleRun.Os + $$"""
            operational_objectives:
              - number: "1.1"
                title: {fr: A, nl: A}
                realisations:
                  actions: [{id: a-1, title: {{realisedTitle}}}]
                planning:
                  actions: [{id: {{plannedId}}, title: {{plannedTitle}}}]

        """;

    [Theory]
    [InlineData("{fr: Piloter le comité, nl: Het stuurcomité beheren}", "{fr: Piloter le comité, nl: Het stuurcomité beheren}", null)]
    [InlineData("{fr: Piloter le comité, nl: Het stuurcomité beheren}", "{fr: \"Piloter  le comité \", nl: \"Het  stuurcomité beheren\"}", null)]
    [InlineData("{fr: Piloter le comité, nl: Het stuurcomité beheren}", "{fr: Piloter le comité, nl: Het begeleidingscomité beheren}", "PG3015")]
    [InlineData("{fr: Piloter le comité, nl: Het stuurcomité beheren}", "{fr: Gérer le comité, nl: Het stuurcomité beheren}", "PG3015")]
    [InlineData("{fr: Piloter le comité, nl: Het stuurcomité beheren}", "{fr: Gérer le comité, nl: Het begeleidingscomité beheren}", null)]
    [InlineData("{both: Brussels Digital Act}", "{fr: Brussels Digital Act, nl: Brusselse digitale wet}", "PG3015")]
    public void Action_titles_of_one_action(string realised, string planned, string? expected) =>
        RuleTestAssert.Codes(RuleRun.Codes(Actions(realised, planned)), expected);

    [Fact]
    public void Actions_with_other_ids_are_not_compared() =>
        Assert.Empty(RuleRun.Codes(Actions("{fr: Piloter le comité, nl: Het stuurcomité beheren}", "{fr: Piloter le comité, nl: Iets anders}", "a-2")));

    [Fact]
    public void The_planned_title_is_reported_with_both_wordings()
    {
        var d = Assert.Single(RuleRun.Diagnostics(Actions("{fr: Piloter le comité, nl: Het stuurcomité beheren}",
            "{fr: Piloter le comité, nl: Het begeleidingscomité beheren}")));
        Assert.Equal(15, d.Location.Line);
        Assert.Matches(
            "^the Dutch title of the action 'a-1' is \"Het begeleidingscomité beheren\" in the planning but \"Het stuurcomité beheren\" in the realisations at .*note.yaml\\(13,\\d+\\); the French titles are the same$",
            d.Message);
    }

    private static string Allocations(params string[] labels) => RuleRun.Os + "    means:\n      budget:\n        allocations:\n"
        + string.Concat(labels.Select(l => $"          - {{code: \"05.002.08.02.1211\", label: {l}}}\n"));

    [Theory]
    [InlineData("{fr: Financement de projets, nl: Financiering van projecten}", "{fr: Financement de projets, nl: Financiering van projecten}", null)]
    [InlineData("{fr: Financement de projets, nl: Financiering van projecten.}", "{fr: financement de projets, nl: Financiering van projecten}", null)]
    [InlineData("{fr: Financement de projets entre femmes et hommes, nl: Financiering van projecten}", "{fr: Financement de projets, nl: Financiering van projecten}", "PG3016")]
    [InlineData("{fr: Financement de projets, nl: Financiering van projecten}", "{fr: Financement de projets, nl: Projectsubsidies}", "PG3016")]
    public void Labels_of_one_allocation(string first, string second, string? expected) =>
        RuleTestAssert.Codes(RuleRun.Codes(Allocations(first, second)), expected);

    [Fact]
    public void Other_codes_may_have_other_labels() =>
        Assert.Empty(RuleRun.Codes(RuleRun.Os + """
                means:
                  budget:
                    allocations:
                      - {code: "05.002.08.01.1211", label: {fr: Financement de projets, nl: Financiering van projecten}}
                      - {code: "05.002.08.02.1211", label: {fr: Dépenses de fonctionnement, nl: Werkingsuitgaven}}

            """));

    [Fact]
    public void The_label_most_places_give_is_taken_as_the_right_one()
    {
        var found = RuleRun.Diagnostics(Allocations(
            "{fr: Financement de projets, nl: Financiering in het kader van projecten}",
            "{fr: Financement de projets, nl: Financiering van projecten}",
            "{fr: Financement de projets, nl: Financiering van projecten}"));
        var d = Assert.Single(found);
        Assert.Equal("PG3016", d.Id);
        Assert.Equal(12, d.Location.Line);
        Assert.StartsWith("the Dutch label of the allocation 05.002.08.02.1211 is \"Financiering in het kader van projecten\" here but \"Financiering van projecten\" at ",
            d.Message, StringComparison.Ordinal);
    }

    private static string Deadlines(string objective, string action) => RuleRun.Os + $$"""
            operational_objectives:
              - number: "1.1"
                title: {fr: A, nl: A}
                planning:
                  deadline: {{objective}}
                  actions: [{id: a-1, title: {fr: Agir, nl: Handelen}, deadline: {{action}}}]

        """;

    [Theory]
    [InlineData("2023", "2023", null)]
    [InlineData("2023", "2022-06-30", null)]
    [InlineData("2023", "2024", "PG3042")]
    [InlineData("2022-06-30", "2022", null)]
    [InlineData("2022-06", "2022-07-01", "PG3042")]
    [InlineData("2022-06", "2022-06-30", null)]
    [InlineData("2022-06-30", "2022-09", "PG3042")]
    [InlineData("2022", "2023-01", "PG3042")]
    [InlineData("2022", "{recurring_until: 2024}", null)]
    [InlineData("{recurring_until: 2022}", "2024", null)]
    [InlineData("{text: {fr: Fin de législature, nl: Einde van de legislatuur}}", "2024", null)]
    public void Action_deadlines_and_the_objective_deadline(string objective, string action, string? expected) =>
        RuleTestAssert.Codes(RuleRun.Codes(Deadlines(objective, action)), expected);

    [Fact]
    public void The_deadline_given_with_the_description_counts_when_the_planning_has_none()
    {
        const string body = RuleRun.Os + """
                operational_objectives:
                  - number: "1.1"
                    title: {fr: A, nl: A}
                    deadline: 2023
                    planning:
                      actions: [{id: a-1, title: {fr: Agir, nl: Handelen}, deadline: 2024}]

            """;
        var d = Assert.Single(RuleRun.Diagnostics(body));
        Assert.Equal("the action's deadline 2024 is later than the deadline 2023 of operational objective 1.1", d.Message);
    }

    [Fact]
    public void An_actor_s_actions_are_compared_with_the_actor_s_planning_deadline_or_else_the_objective_s()
    {
        const string body = RuleRun.Os + """
                operational_objectives:
                  - number: "1.1"
                    title: {fr: A, nl: A}
                    planning:
                      deadline: 2024
                    actors:
                      - name: {fr: Fonds du logement, nl: Woningfonds}
                        planning:
                          deadline: 2022
                          actions: [{id: a-1, title: {fr: Agir, nl: Handelen}, deadline: 2023}]
                      - name: {fr: SLRB, nl: BGHM}
                        planning:
                          actions: [{id: a-2, title: {fr: Bâtir, nl: Bouwen}, deadline: 2024-06}]

            """;
        var d = Assert.Single(RuleRun.Diagnostics(body));
        Assert.Equal("the action's deadline 2023 is later than the deadline 2022 of operational objective 1.1 (the actor's planning)", d.Message);
    }
}
