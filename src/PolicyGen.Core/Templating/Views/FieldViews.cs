using PolicyGen.Formatting;
using PolicyGen.Model;
using Scriban.Runtime;

namespace PolicyGen.Templating.Views;

/// <summary>Views of the fields objectives and actions share: status, thresholds, deadline, means, budget…</summary>
internal static class FieldViews
{
    /// <summary><c>{text, items}</c>: the status in words, and one line per item when it reports several.</summary>
    public static ScriptObject? Status(ViewContext c, Status? status) => status is null ? null : View.Object(
        ("text", status.Code is null && status.Comment is null ? null : ViewContext.Deferred(() => StatusFormat.Format(status, c.Language, c.RunIn))),
        ("items", View.List(status.Items, i => StatusFormat.Item(c.Plain(i.Label) ?? string.Empty, i.Code ?? StatusCode.Other, c.Language))));

    public static DeferredText? Thresholds(ViewContext c, Thresholds? thresholds) =>
        thresholds is null ? null : ViewContext.Deferred(() => ThresholdFormat.Format(thresholds, c.Language, c.RunIn));

    public static DeferredText? Deadline(ViewContext c, Deadline? deadline) =>
        deadline is null ? null : ViewContext.Deferred(() => DeadlineFormat.Format(deadline, c.Language, c.RunIn));

    /// <summary><c>[{id, text}]</c>: key performance indicators.</summary>
    public static ScriptArray Indicators(ViewContext c, IEnumerable<Kpi>? indicators) =>
        View.List(indicators?.Where(k => c.Rich(k.Text) is not null), k => View.Object(("id", k.Id), ("text", c.Rich(k.Text))));

    /// <summary><c>{fte: {value, comment}, ict, budget, text}</c>.</summary>
    public static ScriptObject? Means(ViewContext c, Means? means) => means is null ? null : View.Object(
        ("fte", means.Fte is null ? null : View.Object(
            ("value", means.Fte.Value is { } v ? AmountFormat.Fte(v) : null),
            ("comment", c.Rich(means.Fte.Comment)))),
        ("ict", c.Rich(means.Ict)),
        ("budget", Budget(c, means.Budget)),
        ("text", c.Rich(means.Text)));

    /// <summary><c>{none, none_text, text, allocations: [{code, label, amount, nature, lines: [{label, amount, nature, comment}]}]}</c>.</summary>
    public static ScriptObject? Budget(ViewContext c, Budget? budget) => budget is null ? null : View.Object(
        ("none", budget.None == true),
        ("text", c.Rich(budget.Text)),
        ("allocations", View.List(budget.Allocations, a => View.Object(
            ("code", a.Code is null ? null : Markdown.MarkdownEscaper.Escape(a.Code)),
            ("label", c.Plain(a.Label)),
            ("amount", a.Amount is { } amount ? AmountFormat.Euros(amount, c.Language) : null),
            ("nature", a.Nature is { } nature ? Words.Nature(nature, c.Language) : null),
            ("lines", View.List(a.Lines, l => View.Object(
                ("label", c.Plain(l.Label)),
                ("amount", l.Amount is { } lineAmount ? AmountFormat.Euros(lineAmount, c.Language) : null),
                ("nature", l.Nature is { } lineNature ? Words.Nature(lineNature, c.Language) : null),
                ("comment", c.Rich(l.Comment)))))))));

    /// <summary><c>[{id, title, text}]</c>: labelled blocks; a section with an id is a sync point.</summary>
    public static ScriptArray Sections(ViewContext c, IEnumerable<Section>? sections) =>
        View.List(sections, s => View.Object(
            ("id", s.Id is null ? null : c.Id(s.Id, s)),
            ("title", c.Plain(s.Title)),
            ("text", c.Rich(s.Text))));

    /// <summary><c>[{id, caption, columns: [text], rows: [[text]]}]</c>: tables across both columns.</summary>
    public static ScriptArray Tables(ViewContext c, string owner, IEnumerable<BilingualTable>? tables) =>
        View.List(tables, (t, i) => View.Object(
            ("id", c.Id(t.Id ?? $"{owner}.table-{i + 1}", t)),
            ("caption", c.Plain(t.Caption)),
            ("columns", View.List(t.Columns, col => c.Plain(col) ?? string.Empty)),
            ("rows", View.List(t.Rows, r => View.List(r.Cells, cell => c.Plain(cell) ?? string.Empty)))));

    /// <summary><c>{text, positive}</c>.</summary>
    public static ScriptObject? EqualityImpact(ViewContext c, EqualityImpact? impact) => impact is null ? null : View.Object(
        ("text", c.Rich(impact.Text)),
        ("positive", c.Rich(impact.Positive)));

    /// <summary><c>{text, budget}</c>: the local-authorities block.</summary>
    public static ScriptObject? LocalLevel(ViewContext c, LocalLevel? local) => local is null ? null : View.Object(
        ("text", c.Rich(local.Text)),
        ("budget", Budget(c, local.Budget)));

    /// <summary><c>{authority, partial, document, references: [text]}</c>: an objective that falls under someone else.</summary>
    public static ScriptObject? Delegation(ViewContext c, Delegation? delegation) => delegation is null ? null : View.Object(
        ("authority", c.Plain(delegation.Authority)),
        ("partial", delegation.Partial == true),
        ("document", c.Plain(delegation.Document)),
        ("references", c.PlainList(delegation.References) ?? []));
}
