namespace PolicyGen.Model;

/// <summary>A loaded project: the volume settings and its notes, merged and bound.</summary>
public sealed class Project
{
    public required string RootDirectory { get; init; }

    public required Volume Volume { get; init; }

    public required IReadOnlyList<Note> Notes { get; init; }

    /// <summary>First year of the session (2021 for 2021/2022), or null when the session is malformed.</summary>
    public int? FirstYear => SessionYears()?.First;

    public int? SecondYear => SessionYears()?.Second;

    public int RealisationsYear(Note note) => note.RealisationsYear ?? FirstYear ?? 0;

    public int PlanningYear(Note note) => note.PlanningYear ?? SecondYear ?? 0;

    private (int First, int Second)? SessionYears()
    {
        var parts = Volume.Session?.Split('/');
        return parts is [var a, var b] && int.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out var first)
            && int.TryParse(b, System.Globalization.CultureInfo.InvariantCulture, out var second)
            ? (first, second) : null;
    }
}
