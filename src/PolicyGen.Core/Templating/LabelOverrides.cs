using PolicyGen.Diagnostics;
using PolicyGen.Loading;
using PolicyGen.Model;

namespace PolicyGen.Templating;

/// <summary>Checks a note's <c>labels</c> section: each key must be one of the catalogue's.</summary>
public static class LabelOverrides
{
    public static void Check(Note note, DiagnosticBag diagnostics)
    {
        foreach (var (key, text) in note.Labels ?? [])
        {
            if (!LabelCatalogue.IsKnown(key))
            {
                var nearest = KeySuggestions.Nearest(key, LabelCatalogue.Keys);
                diagnostics.Add(DiagnosticDescriptors.UnknownLabel, text.Location, key, nearest is null ? string.Empty : $"; did you mean '{nearest}'?");
            }
        }
    }
}
