namespace PolicyGen.Cli;

/// <summary>
/// The outputs could not be written where they were asked for (no such place, no permission, a read-only or full
/// disk): a fault of the surroundings, not of the sources nor of policygen, reported in one line.
/// </summary>
public sealed class OutputWriteException(string folder, Exception inner) : IOException(Describe(folder, inner), inner)
{
    /// <summary>The one line said of it: where, and the system's reason.</summary>
    public static string Describe(string place, Exception inner) => $"cannot write to '{place}': {inner.Message}";

    /// <summary>Whether <paramref name="e"/> is a failure of the file system (not a bug).</summary>
    public static bool IsFileSystem(Exception e) => e is IOException or UnauthorizedAccessException;
}
