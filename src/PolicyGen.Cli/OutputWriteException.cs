namespace PolicyGen.Cli;

/// <summary>
/// The outputs could not be written where they were asked for (no such place, no permission, a read-only or full
/// disk): a fault of the surroundings, not of the sources nor of policygen, reported in one line.
/// </summary>
public sealed class OutputWriteException(string folder, Exception inner)
    : IOException($"cannot write to '{folder}': {inner.Message}", inner)
{
    /// <summary>Whether <paramref name="e"/> is a failure of the file system (not a bug).</summary>
    public static bool IsFileSystem(Exception e) => e is IOException or UnauthorizedAccessException;
}
