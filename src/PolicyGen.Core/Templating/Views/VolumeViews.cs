using PolicyGen.Formatting;
using PolicyGen.Model;
using Scriban.Runtime;

namespace PolicyGen.Templating.Views;

/// <summary>The data every template receives about the volume.</summary>
internal static class VolumeViews
{
    /// <summary><c>{reference, session, session_label, title, parliament, authority, date, notes: [{id, title, kind}]}</c>.</summary>
    public static ScriptObject Volume(ViewContext c) => View.Object(
        ("reference", Markdown.MarkdownEscaper.Escape(c.Project.Volume.Reference)),
        ("session", Markdown.MarkdownEscaper.Escape(c.Project.Volume.Session)),
        ("session_label", SessionLabel(c.Project.Volume)),
        ("title", c.Plain(c.Project.Volume.Title)),
        ("parliament", c.Plain(c.Project.Volume.Parliament)),
        ("authority", c.Plain(c.Project.Volume.Authority)),
        ("date", c.Project.Volume.Date is { } date ? DateFormat.Date(date, c.Language) : null),
        ("notes", View.List(c.Project.Notes, n => View.Object(
            ("id", n.Id),
            ("title", c.Plain(n.Title)),
            ("kind", n.Kind == NoteKind.Letter ? "letter" : "note")))));

    /// <summary>The session as the title pages print it: <c>2021/2022</c> → <c>2021-2022</c>.</summary>
    public static string SessionLabel(Volume volume) => (volume.Session ?? string.Empty).Replace('/', '-');
}
