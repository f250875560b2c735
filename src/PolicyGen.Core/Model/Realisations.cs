using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>Réalisations / Realisaties: what was done in the past year.</summary>
public sealed class Realisations : ModelNode
{
    [Doc("Statut de l'OO / Status van de OD.")]
    public Status? Status { get; set; }

    [Markdown, Doc("Description de la réalisation / Omschrijving van de realisatie (or the free text of the realisations).")]
    public LocalizedText? Description { get; set; }

    [Markdown, Doc("Output réalisé / Gerealiseerde output.")]
    public LocalizedText? Output { get; set; }

    [Doc("Description des actions et projets réalisés / Omschrijving gerealiseerde acties en projecten.")]
    public List<RealisedAction>? Actions { get; set; }

    [Doc("Budget of the realisations.")]
    public Budget? Budget { get; set; }

    [Doc("Au niveau des pouvoirs locaux / Op het vlak van de plaatselijke overheden.")]
    public LocalLevel? LocalLevel { get; set; }

    [Doc("Tables that span both columns.")]
    public List<BilingualTable>? Tables { get; set; }

    [Doc("Further labelled blocks.")]
    public List<Section>? Sections { get; set; }
}

/// <summary>An action or project reported in the realisations.</summary>
public sealed class RealisedAction : ModelNode
{
    [Doc("A stable id; actions of the planning with the same id are the same action.")]
    public string? Id { get; set; }

    [Doc("The action's title.")]
    public LocalizedText? Title { get; set; }

    [Markdown, Doc("What was done.")]
    public LocalizedText? Description { get; set; }

    [Markdown, Doc("Output réalisé par action et projet / Gerealiseerde output per actie en project.")]
    public LocalizedText? Output { get; set; }

    [Doc("The action's own status.")]
    public Status? Status { get; set; }
}

/// <summary>The local-authorities block of the realisations or of the planning.</summary>
public sealed class LocalLevel : ModelNode
{
    [Markdown, Doc("What is done or foreseen at the local level.")]
    public LocalizedText? Text { get; set; }

    [Doc("Its budget.")]
    public Budget? Budget { get; set; }
}
