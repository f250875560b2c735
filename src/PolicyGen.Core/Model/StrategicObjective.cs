using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>A strategic objective (OS / SD) of chapter IV.</summary>
[Doc("A strategic objective (OS / SD).")]
public sealed class StrategicObjective : ModelNode, IObjective
{
    [Doc("A stable id (letters, digits, dashes); default os-N from the number.")]
    public string? Id { get; set; }

    [RequiredKey, Doc("The objective's number, such as 1.")]
    public int? Number { get; set; }

    [RequiredKey, Doc("The title, without the number.")]
    public LocalizedText? Title { get; set; }

    [Doc("A reference to another plan shown after the title, such as {fr: Chantier 1 PUL, nl: Actieterrein 1 NPH}.")]
    public LocalizedText? ExternalRef { get; set; }

    [Doc("A transversal objective: its realisations and planning stand directly under it.")]
    public bool? Transversal { get; set; }

    [Markdown, Doc("Description de l'objectif / Beschrijving van de doelstelling.")]
    public LocalizedText? Description { get; set; }

    [Doc("The result reached at a date (Résultat réalisé de l'OS en date du …).")]
    public DatedResult? Result { get; set; }

    [Doc("Documents sources de l'OS / Brondocumenten van de SD; an empty list prints as such.")]
    public List<LocalizedText>? SourceDocuments { get; set; }

    [Doc("Échéance de l'OS / Deadline van de SD.")]
    public Deadline? Deadline { get; set; }

    [Markdown, Doc("Conditions de réussite / Slaagvoorwaarden.")]
    public LocalizedText? SuccessConditions { get; set; }

    [Doc("Moyens / Middelen.")]
    public Means? Means { get; set; }

    [Doc("Partenaires / Partners, one per entry.")]
    public List<LocalizedText>? Partners { get; set; }

    [Doc("Ids of other objectives of this note to refer to (Voir OO 1.1 / Zie OD 1.1).")]
    public List<string>? SeeAlso { get; set; }

    [Doc("Realisations directly under the objective (transversal objectives).")]
    public Realisations? Realisations { get; set; }

    [Doc("Planning directly under the objective (transversal objectives).")]
    public Planning? Planning { get; set; }

    [Doc("Further labelled blocks that no other field covers.")]
    public List<Section>? Sections { get; set; }

    [Doc("The operational objectives, in order.")]
    public List<OperationalObjective>? OperationalObjectives { get; set; }

    public string NumberText => Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";

    public string EffectiveId => Id ?? $"os-{NumberText}";
}

/// <summary>What strategic and operational objectives share, for numbering and references.</summary>
public interface IObjective
{
    string? Id { get; }

    LocalizedText? Title { get; }

    string NumberText { get; }

    string EffectiveId { get; }

    Diagnostics.SourceLocation Location { get; }
}

/// <summary>A result reached at a given date.</summary>
public sealed class DatedResult : ModelNode
{
    [Doc("The date of the statement (YYYY-MM-DD).")]
    public DateOnly? Date { get; set; }

    [RequiredKey, Markdown, Doc("The result.")]
    public LocalizedText? Text { get; set; }
}

/// <summary>A labelled block of rich text, for content no dedicated field covers.</summary>
public sealed class Section : ModelNode
{
    [Doc("A stable id, making the block a sync point of the two columns.")]
    public string? Id { get; set; }

    [Doc("The block's label (shown as a small heading); omit for a plain block.")]
    public LocalizedText? Title { get; set; }

    [RequiredKey, Markdown, Doc("The block's text.")]
    public LocalizedText? Text { get; set; }
}
