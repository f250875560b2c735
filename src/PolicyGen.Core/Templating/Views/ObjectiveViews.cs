using PolicyGen.Formatting;
using PolicyGen.Model;
using Scriban.Runtime;

namespace PolicyGen.Templating.Views;

/// <summary>Views of the strategic and operational objectives of chapter IV.</summary>
internal static class ObjectiveViews
{
    public static ScriptObject Strategic(ViewContext c, StrategicObjective os)
    {
        var id = c.Id(os.EffectiveId, os);
        var number = os.NumberText;
        var section = Numbering.StrategicSection(number);
        var headingNumber = Numbering.StrategicHeading(number, c.Language);
        var title = c.Plain(os.Title) ?? string.Empty;
        var headingTitle = WithReference(title, c.Plain(os.ExternalRef));
        if (os.Transversal == true && c.Session.Labels.Text("transversal", null, false) is { } transversal)
        {
            headingTitle = Markdown.MarkdownEscaper.Escape(transversal) + " – " + headingTitle;
        }

        return View.Object(
        [
            .. HeadingMembers(id, number, section, headingNumber, headingTitle,
                $"{Numbering.StrategicAbbreviation(c.Language)} {number}{Characters.Colon}", title, c.Plain(os.ExternalRef)),
            ("transversal", os.Transversal == true),
            ("description", c.Rich(os.Description)),
            ("result", os.Result is null ? null : View.Object(
                ("date", os.Result.Date is { } date ? DateFormat.Date(date, c.Language) : null),
                ("text", c.Rich(os.Result.Text)))),
            ("source_documents", c.PlainList(os.SourceDocuments)),
            ("deadline", FieldViews.Deadline(c, os.Deadline)),
            ("success_conditions", c.Rich(os.SuccessConditions)),
            ("means", FieldViews.Means(c, os.Means)),
            ("partners", c.PlainList(os.Partners)),
            ("see_also", SeeAlso(c, os.SeeAlso)),
            ("sections", FieldViews.Sections(c, os.Sections)),
            ("realisations", ActivityViews.Realisations(c, id, os.Realisations, c.NumberSections ? section : null)),
            ("planning", ActivityViews.Planning(c, id, os.Planning, c.NumberSections ? section : null)),
            ("objectives", View.List(os.OperationalObjectives, oo => Operational(c, oo))),
        ]);
    }

    /// <summary>What every objective's view says about its heading.</summary>
    private static (string Key, object? Value)[] HeadingMembers(string id, string number, string section, string headingNumber,
        string headingTitle, string shortHeading, string title, string? externalRef) =>
    [
        ("id", id),
        ("number", number),
        ("section", section),
        ("heading_number", headingNumber),
        ("heading_title", headingTitle),
        ("heading_text", headingNumber + " " + headingTitle),
        ("short_heading", shortHeading),
        ("title", title),
        ("external_ref", externalRef),
    ];

    public static ScriptObject Operational(ViewContext c, OperationalObjective oo)
    {
        var id = c.Id(oo.EffectiveId, oo);
        var number = oo.NumberText;
        var section = Numbering.OperationalSection(number);
        var headingNumber = Numbering.OperationalHeading(number, c.Language);
        var title = c.Plain(oo.Title) ?? string.Empty;
        var headingTitle = WithReference(title, c.Plain(oo.ExternalRef));
        var realisations = ActivityViews.Realisations(c, id, oo.Realisations, c.NumberSections ? section : null);
        var planning = ActivityViews.Planning(c, id, oo.Planning, c.NumberSections ? section : null);
        return View.Object(
        [
            .. HeadingMembers(id, number, section, headingNumber, headingTitle,
                $"{Numbering.OperationalAbbreviation(c.Language)} {number}.{Characters.Colon}", title, c.Plain(oo.ExternalRef)),
            ("delegation", FieldViews.Delegation(c, oo.Delegation)),
            ("see_also", SeeAlso(c, oo.SeeAlso)),
            ("description", c.Rich(oo.Description)),
            ("indicators", FieldViews.Indicators(c, oo.Indicators)),
            ("thresholds", FieldViews.Thresholds(c, oo.Thresholds)),
            ("deadline", FieldViews.Deadline(c, oo.Deadline)),
            ("realisations", realisations),
            ("planning", planning),
            ("success_conditions", c.Rich(oo.SuccessConditions)),
            ("means", FieldViews.Means(c, oo.Means)),
            ("budget_estimates", FieldViews.Budget(c, oo.BudgetEstimates)),
            ("partners", c.PlainList(oo.Partners)),
            ("equality_impact", FieldViews.EqualityImpact(c, oo.EqualityImpact)),
            ("actors", ActivityViews.Actors(c, id, oo.Actors)),
            ("sections", FieldViews.Sections(c, oo.Sections)),
            ("listed_actions", ActivityViews.Listed(realisations, planning)),
        ]);
    }

    /// <summary><c>[{id, text}]</c>: references to other objectives of the note, <c>OO 2.9</c> / <c>OD 2.9</c>.</summary>
    private static ScriptArray SeeAlso(ViewContext c, IEnumerable<string>? ids) =>
        View.List(ids, id => View.Object(("id", id), ("text", ShortName(c, id))));

    private static string ShortName(ViewContext c, string id)
    {
        foreach (var os in c.Note?.StrategicObjectives ?? [])
        {
            if (os.EffectiveId == id)
            {
                return $"{Numbering.StrategicAbbreviation(c.Language)} {os.NumberText}";
            }

            foreach (var oo in os.OperationalObjectives ?? [])
            {
                if (oo.EffectiveId == id)
                {
                    return $"{Numbering.OperationalAbbreviation(c.Language)} {oo.NumberText}";
                }
            }
        }

        return Markdown.MarkdownEscaper.Escape(id);
    }

    private static string WithReference(string title, string? reference) =>
        reference is null ? title : $"{title} ({reference})";
}
