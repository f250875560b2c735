using System.Text;

namespace PolicyGen.Cli;

/// <summary>
/// Writes a file so that readers see either the old content or the complete new one: the bytes go to
/// <c>.NAME.PID.tmp</c> beside it, are flushed to disk, then renamed over the file.
/// </summary>
public static class AtomicFile
{
    /// <summary>The ending of the temporary files (a killed process may leave one; see <see cref="OutputFolder"/>).</summary>
    public const string TempSuffix = ".tmp";

    public static void WriteAllText(string path, string content) =>
        WriteAllBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));

    public static void WriteAllBytes(string path, byte[] content) => Write(path, stream => stream.Write(content));

    /// <summary>Publishes at <paramref name="path"/> what <paramref name="write"/> writes, all of it or nothing.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var temp = WriteTemporary(path, write);
        try
        {
            Replace(temp, path);
        }
        finally
        {
            Discard(temp);
        }
    }

    /// <summary>
    /// Writes what <paramref name="write"/> writes beside <paramref name="path"/>, under its temporary name, flushed to
    /// disk; the name of that file, for <see cref="Replace"/> (nothing is left on failure).
    /// </summary>
    public static string WriteTemporary(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}{TempSuffix}");
        try
        {
            using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None);
            write(stream);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            Discard(temp);
            throw;
        }

        return temp;
    }

    /// <summary>Renames a file written by <see cref="WriteTemporary"/> over <paramref name="path"/>.</summary>
    public static void Replace(string temp, string path) => File.Move(temp, Path.GetFullPath(path), overwrite: true);

    /// <summary>Removes a temporary file if it is still there.</summary>
    public static void Discard(string temp)
    {
        if (File.Exists(temp))
        {
            File.Delete(temp);
        }
    }
}
