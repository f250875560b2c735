using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>A policy note (note d'orientation / beleidsnota) of one member of the government.</summary>
[Doc("One policy note; several files may each hold a part of it.")]
public sealed class Note : ModelNode
{
    /// <summary>The note's id, from the volume (not written in note files).</summary>
    public string Id { get; internal set; } = string.Empty;

    [RequiredKey, Doc("The note's title, such as « Transition numérique » / « Digitalisering » (without guillemets).")]
    public LocalizedText? Title { get; set; }

    [Doc("note (NOTE D'ORIENTATION / BELEIDSNOTA, the default) or letter (lettre d'orientation / beleidsbrief).")]
    public NoteKind? Kind { get; set; }

    [Doc("The member of the government who files the note, with the competences.")]
    public LocalizedText? Minister { get; set; }

    [Doc("The year whose realisations are reported (default: first year of the session).")]
    public int? RealisationsYear { get; set; }

    [Doc("The year that is planned (default: second year of the session).")]
    public int? PlanningYear { get; set; }

    [Doc("Presentation choices of this note.")]
    public NoteProfile? Profile { get; set; }

    [Doc("Overrides of field labels for this note: label key mapped to {fr, nl}.")]
    public Dictionary<string, LocalizedText>? Labels { get; set; }

    [Doc("The list of abbreviations.")]
    public List<Abbreviation>? Abbreviations { get; set; }

    [Doc("Chapters I to III and the introduction of chapter IV.")]
    public Chapters? Chapters { get; set; }

    [Doc("Chapter IV: the strategic objectives, in order.")]
    public List<StrategicObjective>? StrategicObjectives { get; set; }

    [Doc("Annex 2: the regulatory agenda, one entry per regulatory text.")]
    public List<RegulatoryText>? RegulatoryAgenda { get; set; }

    [Doc("Annex 3: the follow-up of the Court of Audit's recommendations.")]
    public CourtOfAudit? CourtOfAudit { get; set; }
}

/// <summary>What the note calls itself.</summary>
public enum NoteKind
{
    Note,
    Letter,
}

/// <summary>Presentation choices that legitimately differ between notes.</summary>
public sealed class NoteProfile : ModelNode
{
    [Doc("List the actions under each operational objective in the table of contents and annex 1.")]
    public bool? ListActions { get; set; }

    [Doc("Number the realisations and planning sections as a fourth level (IV.1.1.1 Réalisations 2021).")]
    public bool? NumberSections { get; set; }

    [Doc("Whether the note has a title page, table of contents and list of abbreviations (default true).")]
    public bool? FrontMatter { get; set; }
}

/// <summary>Chapters I–III (rich text) and the optional introduction of chapter IV.</summary>
public sealed class Chapters : ModelNode
{
    [RequiredKey, Markdown, Doc("Chapter I: Introduction / Inleiding.")]
    public LocalizedText? Introduction { get; set; }

    [RequiredKey, Markdown, Doc("Chapter II: Analyse du contexte / Omgevingsanalyse.")]
    public LocalizedText? Context { get; set; }

    [RequiredKey, Markdown, Doc("Chapter III: Synthèse managériale / Managementsamenvatting.")]
    public LocalizedText? ManagementSummary { get; set; }

    [Markdown, Doc("Text at the start of chapter IV, before the first strategic objective.")]
    public LocalizedText? ObjectivesIntroduction { get; set; }
}

/// <summary>An entry of the list of abbreviations; each language has its own abbreviation.</summary>
public sealed class Abbreviation : ModelNode
{
    [RequiredKey, Doc("The abbreviation in each language, such as {fr: CIRB, nl: CIBG}.")]
    public LocalizedText? Abbr { get; set; }

    [RequiredKey, Doc("What it stands for, in each language.")]
    public LocalizedText? Text { get; set; }
}
