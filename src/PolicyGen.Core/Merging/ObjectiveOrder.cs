using System.Globalization;
using PolicyGen.Model;

namespace PolicyGen.Merging;

/// <summary>
/// Puts the objectives of a merged note in numeric order, whatever the order of the files they came from:
/// strategic objectives by number, operational objectives by the M of N.M (1.2 before 1.10). The sort is
/// stable, so duplicates and malformed numbers keep their source order for the validator to report.
/// </summary>
public static class ObjectiveOrder
{
    public static void Apply(Note note)
    {
        if (note.StrategicObjectives is not { } list)
        {
            return;
        }

        note.StrategicObjectives = [.. list.OrderBy(os => os.Number ?? int.MaxValue)];
        foreach (var os in note.StrategicObjectives)
        {
            if (os.OperationalObjectives is { } oos)
            {
                os.OperationalObjectives = [.. oos.OrderBy(Key)];
            }
        }
    }

    private static (int, int) Key(OperationalObjective oo)
    {
        var parts = oo.Number?.Split('.') ?? [];
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            ? (n, m) : (int.MaxValue, int.MaxValue);
    }
}
