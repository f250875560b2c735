using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>An entry of annex 2, the regulatory agenda.</summary>
public sealed class RegulatoryText : ModelNode
{
    [Doc("A stable id.")]
    public string? Id { get; set; }

    [RequiredKey, Markdown, Doc("Contenu (titre, brève description, occasion et objectif) / Inhoud (titel, korte omschrijving, aanleiding en doelstelling).")]
    public LocalizedText? Content { get; set; }

    [Doc("The id of the strategic objective of this note it serves (os-2).")]
    public string? StrategicObjective { get; set; }

    [Doc("The strategic objective in words, when it is not one of this note's.")]
    public LocalizedText? StrategicObjectiveText { get; set; }

    [Doc("Ids of the operational objectives it serves (oo-2-1).")]
    public List<string>? OperationalObjectives { get; set; }

    [Markdown, Doc("Situation actuelle / Stand van zaken.")]
    public LocalizedText? Situation { get; set; }

    [Markdown, Doc("Planification future / Verdere planning.")]
    public LocalizedText? Planning { get; set; }
}

/// <summary>Annex 3: the follow-up of the Court of Audit's recommendations.</summary>
public sealed class CourtOfAudit : ModelNode
{
    [Doc("false prints « Pas d'application. / Niet van toepassing. ».")]
    public bool? Applicable { get; set; }

    [Doc("The recommendations and what was done with them.")]
    public List<AuditRecommendation>? Recommendations { get; set; }
}

/// <summary>A recommendation of the Court of Audit and its follow-up.</summary>
public sealed class AuditRecommendation : ModelNode
{
    [RequiredKey, Markdown, Doc("The recommendation.")]
    public LocalizedText? Recommendation { get; set; }

    [RequiredKey, Markdown, Doc("What was done with it.")]
    public LocalizedText? FollowUp { get; set; }
}
