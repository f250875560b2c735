using PolicyGen.Formatting;
using PolicyGen.Model;
using Scriban.Runtime;

namespace PolicyGen.Templating.Views;

/// <summary>The data a note's templates receive, in one language.</summary>
internal static class NoteViews
{
    /// <summary>
    /// <c>{id, title, kind, minister, session_label, realisations_year, planning_year, profile, abbreviations,
    /// chapters, objectives, regulatory_agenda, court_of_audit}</c>.
    /// </summary>
    public static ScriptObject Note(ViewContext c, Note note) => View.Object(
        ("id", note.Id),
        ("title", c.Plain(note.Title) ?? string.Empty),
        ("kind", note.Kind == NoteKind.Letter ? "letter" : "note"),
        ("minister", c.Plain(note.Minister)),
        ("session_label", VolumeViews.SessionLabel(c.Project.Volume)),
        ("realisations_year", c.Project.RealisationsYear(note)),
        ("planning_year", c.Project.PlanningYear(note)),
        ("profile", View.Object(
            ("list_actions", note.Profile?.ListActions == true),
            ("number_sections", note.Profile?.NumberSections == true),
            ("front_matter", note.Profile?.FrontMatter != false))),
        ("abbreviations", Abbreviations(c, note)),
        ("chapters", View.Object(
            ("introduction", c.Rich(note.Chapters?.Introduction)),
            ("context", c.Rich(note.Chapters?.Context)),
            ("management_summary", c.Rich(note.Chapters?.ManagementSummary)),
            ("objectives_introduction", c.Rich(note.Chapters?.ObjectivesIntroduction)))),
        ("objectives", View.List(note.StrategicObjectives, os => ObjectiveViews.Strategic(c, os))),
        ("regulatory_agenda", RegulatoryAgenda(c, note)),
        ("court_of_audit", CourtOfAudit(c, note.CourtOfAudit)));

    /// <summary><c>[{abbr, text}]</c>, in the alphabetical order of this language's abbreviations.</summary>
    private static ScriptArray Abbreviations(ViewContext c, Note note) =>
        View.List(
            (note.Abbreviations ?? []).Where(a => a.Abbr?[c.Language] is { Length: > 0 })
                .OrderBy(a => a.Abbr![c.Language], Collation.Instance),
            a => View.Object(("abbr", c.Plain(a.Abbr)), ("text", c.Plain(a.Text))));

    /// <summary><c>[{id, content, strategic_objective, operational_objectives, situation, planning}]</c>.</summary>
    private static ScriptArray RegulatoryAgenda(ViewContext c, Note note) =>
        View.List(note.RegulatoryAgenda, (r, i) => View.Object(
            ("id", c.Id(r.Id ?? $"annex-2.{i + 1}", r)),
            ("content", c.Rich(r.Content)),
            ("strategic_objective", r.StrategicObjective is { } os ? ObjectiveName(c, note, os) : c.Plain(r.StrategicObjectiveText)),
            ("operational_objectives", View.List(r.OperationalObjectives, oo => ObjectiveName(c, note, oo))),
            ("situation", c.Rich(r.Situation)),
            ("planning", c.Rich(r.Planning))));

    /// <summary><c>{applicable, recommendations: [{recommendation, follow_up}]}</c>.</summary>
    private static ScriptObject? CourtOfAudit(ViewContext c, CourtOfAudit? audit) => audit is null ? null : View.Object(
        ("applicable", audit.Applicable ?? audit.Recommendations is { Count: > 0 }),
        ("recommendations", View.List(audit.Recommendations, r => View.Object(
            ("recommendation", c.Rich(r.Recommendation)),
            ("follow_up", c.Rich(r.FollowUp))))));

    /// <summary>An objective of the note by id, as the annexes name it: <c>OS 2 : title</c>, <c>OO 2.1. : title</c>.</summary>
    private static string ObjectiveName(ViewContext c, Note note, string id)
    {
        foreach (var os in note.StrategicObjectives ?? [])
        {
            if (os.EffectiveId == id)
            {
                return $"{Numbering.StrategicAbbreviation(c.Language)} {os.NumberText}{Characters.Colon} {c.Plain(os.Title)}";
            }

            foreach (var oo in os.OperationalObjectives ?? [])
            {
                if (oo.EffectiveId == id)
                {
                    return $"{Numbering.OperationalAbbreviation(c.Language)} {oo.NumberText}.{Characters.Colon} {c.Plain(oo.Title)}";
                }
            }
        }

        return Markdown.MarkdownEscaper.Escape(id);
    }
}
