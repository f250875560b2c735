using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>
/// The title of an objective, an action or a section ends with a full stop (PG3073). An ellipsis and a
/// final abbreviation (etc., enz.) are not full stops.
/// </summary>
public sealed class TitleFullStopRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.TitleFullStop];

    private static readonly string[] Abbreviations = ["etc.", "enz.", "e.a.", "e.d.", "cf.", "vs."];

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        foreach (var node in ModelWalker.Nodes(note))
        {
            var title = node switch
            {
                StrategicObjective os => os.Title,
                OperationalObjective oo => oo.Title,
                PlannedAction a => a.Title,
                RealisedAction a => a.Title,
                Section s => s.Title,
                _ => null,
            };
            if (title is null)
            {
                continue;
            }

            if (title.Both is { } both)
            {
                if (EndsWithFullStop(both))
                {
                    diagnostics.Add(DiagnosticDescriptors.TitleFullStop, title.Location, "shared", Tail(both));
                }

                continue;
            }

            foreach (var language in LanguageExtensions.All)
            {
                if (title[language] is { } value && EndsWithFullStop(value))
                {
                    diagnostics.Add(DiagnosticDescriptors.TitleFullStop, title.LocationOf(language), LanguageName(language), Tail(value));
                }
            }
        }
    }

    /// <summary>Whether <paramref name="title"/> ends with one full stop (not an ellipsis or an abbreviation).</summary>
    public static bool EndsWithFullStop(string title)
    {
        var t = title.TrimEnd();
        return t.EndsWith('.') && !t.EndsWith("..", StringComparison.Ordinal)
            && !Abbreviations.Any(a => t.EndsWith(a, StringComparison.OrdinalIgnoreCase) && (t.Length == a.Length || !char.IsLetter(t[^(a.Length + 1)])));
    }

    /// <summary>The end of a title, for the message.</summary>
    private static string Tail(string title)
    {
        var flat = TextParts.Flat(title);
        if (flat.Length <= 60)
        {
            return flat;
        }

        var tail = flat[^60..];
        var space = tail.IndexOf(' ', StringComparison.Ordinal);
        return "…" + (space >= 0 ? tail[(space + 1)..] : tail);
    }
}
