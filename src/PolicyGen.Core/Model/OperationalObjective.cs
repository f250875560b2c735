using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>An operational objective (OO / OD) under a strategic objective.</summary>
[Doc("An operational objective (OO / OD).")]
public sealed class OperationalObjective : ModelNode, IObjective
{
    [Doc("A stable id; default oo-N-M from the number.")]
    public string? Id { get; set; }

    [RequiredKey, Doc("The number N.M, where N is the strategic objective's number (quote it: \"1.10\").")]
    public string? Number { get; set; }

    [RequiredKey, Doc("The title, without the number.")]
    public LocalizedText? Title { get; set; }

    [Doc("A reference to another plan shown after the title, such as {fr: Action 1 PUL, nl: Actie 1 NPH}.")]
    public LocalizedText? ExternalRef { get; set; }

    [Doc("The objective (or part of it) falls under another member of the government.")]
    public Delegation? Delegation { get; set; }

    [Doc("Ids of other objectives of this note to refer to (Voir OO 1.1 / Zie OD 1.1).")]
    public List<string>? SeeAlso { get; set; }

    [Markdown, Doc("Description de l'objectif / Beschrijving van de doelstelling (before the realisations).")]
    public LocalizedText? Description { get; set; }

    [Doc("Key performance indicators stated with the description (before the realisations).")]
    public List<Kpi>? Indicators { get; set; }

    [Doc("Threshold values stated with the description.")]
    public Thresholds? Thresholds { get; set; }

    [Doc("Deadline stated with the description.")]
    public Deadline? Deadline { get; set; }

    [Doc("Réalisations / Realisaties of the past year.")]
    public Realisations? Realisations { get; set; }

    [Doc("Planning of the coming year.")]
    public Planning? Planning { get; set; }

    [Markdown, Doc("Conditions de réussite / Slaagvoorwaarden.")]
    public LocalizedText? SuccessConditions { get; set; }

    [Doc("Moyens / Middelen.")]
    public Means? Means { get; set; }

    [Doc("Estimations budgétaires / Budgetramingen.")]
    public Budget? BudgetEstimates { get; set; }

    [Doc("Partenaires / Partners, one per entry.")]
    public List<LocalizedText>? Partners { get; set; }

    [Doc("Impact égalité des chances / Impact gelijke kansen.")]
    public EqualityImpact? EqualityImpact { get; set; }

    [Doc("Per-actor blocks, each with its own realisations and planning (Fonds du logement, SLRB…).")]
    public List<Actor>? Actors { get; set; }

    [Doc("Further labelled blocks that no other field covers.")]
    public List<Section>? Sections { get; set; }

    public string NumberText => Number ?? "?";

    public string EffectiveId => Id ?? $"oo-{NumberText.Replace('.', '-')}";
}

/// <summary>An objective that (partly) falls under another member of the government.</summary>
public sealed class Delegation : ModelNode
{
    [RequiredKey, Doc("Who it falls under, such as {fr: Ministre-Président, nl: Minister-President}.")]
    public LocalizedText? Authority { get; set; }

    [Doc("Only part of the objective is delegated.")]
    public bool? Partial { get; set; }

    [Doc("The other note to see, such as {fr: Lettre d'orientation 2021-2022 « Urbanisme », nl: …}.")]
    public LocalizedText? Document { get; set; }

    [Doc("The objectives of the other note, as printed there.")]
    public List<LocalizedText>? References { get; set; }
}

/// <summary>Realisations and planning of one actor inside an operational objective.</summary>
public sealed class Actor : ModelNode
{
    [Doc("A stable id, making the actor's block a sync point.")]
    public string? Id { get; set; }

    [RequiredKey, Doc("The actor, such as {fr: Fonds du logement, nl: Woningfonds}.")]
    public LocalizedText? Name { get; set; }

    [Markdown, Doc("An introduction to the actor's part, before its realisations.")]
    public LocalizedText? Description { get; set; }

    [Doc("The actor's realisations.")]
    public Realisations? Realisations { get; set; }

    [Doc("The actor's planning.")]
    public Planning? Planning { get; set; }

    [Markdown, Doc("Conditions de réussite / Slaagvoorwaarden.")]
    public LocalizedText? SuccessConditions { get; set; }

    [Doc("Moyens / Middelen.")]
    public Means? Means { get; set; }

    [Doc("Partenaires / Partners.")]
    public List<LocalizedText>? Partners { get; set; }

    [Doc("Impact égalité des chances / Impact gelijke kansen.")]
    public EqualityImpact? EqualityImpact { get; set; }

    [Doc("Further labelled blocks of this actor.")]
    public List<Section>? Sections { get; set; }
}

/// <summary>The objective's impact on equal opportunities.</summary>
public sealed class EqualityImpact : ModelNode
{
    [Markdown, Doc("The impact.")]
    public LocalizedText? Text { get; set; }

    [Markdown, Doc("Impact positif / Positieve impact.")]
    public LocalizedText? Positive { get; set; }
}
