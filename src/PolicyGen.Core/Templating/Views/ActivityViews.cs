using PolicyGen.Formatting;
using PolicyGen.Model;
using Scriban.Runtime;

namespace PolicyGen.Templating.Views;

/// <summary>Views of the realisations, the planning, their actions and the per-actor blocks.</summary>
internal static class ActivityViews
{
    /// <summary>
    /// <c>{id, number, year, status, description, output, actions, budget, local_level, tables, sections}</c>.
    /// <paramref name="section"/> is the owner's section number (<c>IV.1.1.</c>) when the note numbers sections.
    /// </summary>
    public static ScriptObject? Realisations(ViewContext c, string owner, Realisations? r, string? section) => r is null ? null : View.Object(
        ("id", c.Id(owner + ".realisations", r)),
        ("number", section is null ? null : Numbering.SubSection(section, 1)),
        ("year", c.Project.RealisationsYear(c.Note!)),
        ("status", FieldViews.Status(c, r.Status)),
        ("description", c.Rich(r.Description)),
        ("output", c.Rich(r.Output)),
        ("actions", View.List(r.Actions, (a, i) => View.Object(
            ("id", c.Id($"{owner}.realised.{a.Id ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}", a)),
            ("title", c.Plain(a.Title)),
            ("description", c.Rich(a.Description)),
            ("output", c.Rich(a.Output)),
            ("status", FieldViews.Status(c, a.Status))))),
        ("budget", FieldViews.Budget(c, r.Budget)),
        ("local_level", FieldViews.LocalLevel(c, r.LocalLevel)),
        ("tables", FieldViews.Tables(c, owner + ".realisations", r.Tables)),
        ("sections", FieldViews.Sections(c, r.Sections)));

    /// <summary>
    /// <c>{id, number, year, description, output, output_by_year, indicators, thresholds, deadline, actions,
    /// local_level, tables, sections}</c>.
    /// </summary>
    public static ScriptObject? Planning(ViewContext c, string owner, Planning? p, string? section) => p is null ? null : View.Object(
        ("id", c.Id(owner + ".planning", p)),
        ("number", section is null ? null : Numbering.SubSection(section, 2)),
        ("year", c.Project.PlanningYear(c.Note!)),
        ("description", c.Rich(p.Description)),
        ("output", c.Rich(p.Output)),
        ("output_by_year", View.List(p.OutputByYear, y => View.Object(("year", y.Year), ("text", c.Rich(y.Text))))),
        ("indicators", FieldViews.Indicators(c, p.Indicators)),
        ("thresholds", FieldViews.Thresholds(c, p.Thresholds)),
        ("deadline", FieldViews.Deadline(c, p.Deadline)),
        ("actions", View.List(p.Actions, (a, i) => View.Object(
            ("id", c.Id($"{owner}.planned.{a.Id ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}", a)),
            ("title", c.Plain(a.Title)),
            ("description", c.Rich(a.Description)),
            ("output", c.Rich(a.Output)),
            ("indicators", FieldViews.Indicators(c, a.Indicators)),
            ("thresholds", FieldViews.Thresholds(c, a.Thresholds)),
            ("deadline", FieldViews.Deadline(c, a.Deadline)),
            ("status", FieldViews.Status(c, a.Status))))),
        ("local_level", FieldViews.LocalLevel(c, p.LocalLevel)),
        ("tables", FieldViews.Tables(c, owner + ".planning", p.Tables)),
        ("sections", FieldViews.Sections(c, p.Sections)));

    /// <summary><c>[{id, name, realisations, planning, success_conditions, means, partners, equality_impact}]</c>.</summary>
    public static ScriptArray Actors(ViewContext c, string owner, IEnumerable<Actor>? actors) =>
        View.List(actors, (a, i) =>
        {
            var id = c.Id(a.Id ?? $"{owner}.actor-{i + 1}", a);
            return View.Object(
                ("id", id),
                ("name", c.Plain(a.Name)),
                ("realisations", Realisations(c, id, a.Realisations, null)),
                ("planning", Planning(c, id, a.Planning, null)),
                ("success_conditions", c.Rich(a.SuccessConditions)),
                ("means", FieldViews.Means(c, a.Means)),
                ("partners", c.PlainList(a.Partners)),
                ("equality_impact", FieldViews.EqualityImpact(c, a.EqualityImpact)));
        });

    /// <summary>
    /// The actions to list in the table of contents and annex 1, in document order: each titled realised
    /// action, then each titled planned action whose id was not realised; <c>[{id, title}]</c>.
    /// </summary>
    public static ScriptArray Listed(ScriptObject? realisations, ScriptObject? planning)
    {
        var listed = new ScriptArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (view, kind) in new[] { (realisations, ".realised."), (planning, ".planned.") })
        {
            if (view?["actions"] is not ScriptArray actions)
            {
                continue;
            }

            foreach (var action in actions.OfType<ScriptObject>())
            {
                if (action["id"] is not string id)
                {
                    continue;
                }

                var key = id[(id.IndexOf(kind, StringComparison.Ordinal) + kind.Length)..];
                if (action["title"] is string title && seen.Add(key))
                {
                    listed.Add(View.Object(("id", id), ("title", title)));
                }
            }
        }

        return listed;
    }
}
