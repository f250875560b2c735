using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>Planning of the coming year.</summary>
public sealed class Planning : ModelNode
{
    [Markdown, Doc("Description de l'objectif / Omschrijving van de doelstelling.")]
    public LocalizedText? Description { get; set; }

    [Markdown, Doc("Output souhaité de l'OO / Gewenste output van de OD.")]
    public LocalizedText? Output { get; set; }

    [Doc("The desired output year by year, when it is given as a table.")]
    public List<YearlyOutput>? OutputByYear { get; set; }

    [Doc("Indicateurs clés de performance (ICP) / Kritieke prestatie-indicatoren (KPI).")]
    public List<Kpi>? Indicators { get; set; }

    [Doc("Valeurs seuils / Drempelwaarden.")]
    public Thresholds? Thresholds { get; set; }

    [Doc("Échéance / Deadline.")]
    public Deadline? Deadline { get; set; }

    [Doc("Description des actions et projets / Omschrijving van de acties en projecten.")]
    public List<PlannedAction>? Actions { get; set; }

    [Doc("Prévisions at the local level (Prévisions 2022 / Vooruitzichten 2022).")]
    public LocalLevel? LocalLevel { get; set; }

    [Doc("Tables that span both columns.")]
    public List<BilingualTable>? Tables { get; set; }

    [Doc("Further labelled blocks.")]
    public List<Section>? Sections { get; set; }
}

/// <summary>An action or project of the planning, with its own output, KPIs, thresholds and deadline.</summary>
public sealed class PlannedAction : ModelNode
{
    [Doc("A stable id (for KPI references and to match the realised action).")]
    public string? Id { get; set; }

    [RequiredKey, Doc("The action's title.")]
    public LocalizedText? Title { get; set; }

    [Markdown, Doc("What the action is.")]
    public LocalizedText? Description { get; set; }

    [Markdown, Doc("Output souhaité par action et projet / Gewenste output per actie en project.")]
    public LocalizedText? Output { get; set; }

    [Doc("Indicateurs clés de performance (ICP) / Kritieke prestatie-indicatoren (KPI).")]
    public List<Kpi>? Indicators { get; set; }

    [Doc("Valeurs seuils / Drempelwaarden.")]
    public Thresholds? Thresholds { get; set; }

    [Doc("Échéance / Deadline.")]
    public Deadline? Deadline { get; set; }

    [Doc("The action's own status.")]
    public Status? Status { get; set; }
}

/// <summary>One row of a year-by-year output table.</summary>
public sealed class YearlyOutput : ModelNode
{
    [RequiredKey, Doc("The year.")]
    public int? Year { get; set; }

    [RequiredKey, Markdown, Doc("The expected output.")]
    public LocalizedText? Text { get; set; }
}

/// <summary>A key performance indicator.</summary>
public sealed class Kpi : ModelNode
{
    [Doc("A stable id.")]
    public string? Id { get; set; }

    [RequiredKey, Markdown, Doc("The indicator.")]
    public LocalizedText? Text { get; set; }

    [Doc("Ids of the planned actions the indicator measures.")]
    public List<string>? Actions { get; set; }
}
