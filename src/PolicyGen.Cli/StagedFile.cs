namespace PolicyGen.Cli;

/// <summary>
/// An output made but not yet published: its bytes wait on disk in the output folder, in a file without a name, rather
/// than in memory (the files of a large volume come to tens of megabytes). On Unix the file is unlinked as soon as it
/// is created; on Windows the system deletes it when it is closed. Either way a build that fails, or is killed,
/// leaves nothing behind, and the previous outputs stay as they were until <see cref="OutputFolder.Publish"/>.
/// </summary>
public sealed class StagedFile : IDisposable
{
    private static int _count;

    private readonly FileStream _stream;

    /// <summary>The name to remove on dispose where the file system would not unlink an open file; otherwise null.</summary>
    private readonly string? _named;

    private StagedFile(FileStream stream, string? named)
    {
        _stream = stream;
        _named = named;
    }

    /// <summary>Where the output is written (readable and seekable; the writer may leave it anywhere).</summary>
    public Stream Stream => _stream;

    /// <summary>The number of bytes written.</summary>
    public long Length => _stream.Length;

    /// <summary>A new empty staged file in <paramref name="folder"/>.</summary>
    public static StagedFile Create(string folder)
    {
        // The name lives a moment on Unix (a build killed in that moment leaves it for the next build to remove, see
        // OutputFolder); it ends like the temporary files of AtomicFile for that reason.
        var path = Path.Combine(folder, $".staged.{Environment.ProcessId}.{Interlocked.Increment(ref _count)}{AtomicFile.TempSuffix}");
        if (OperatingSystem.IsWindows())
        {
            return new StagedFile(new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose), null);
        }

        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        try
        {
            File.Delete(path);
            return new StagedFile(stream, null);
        }
        catch (Exception e) when (OutputWriteException.IsFileSystem(e))
        {
            // A file system that will not unlink an open file (some network shares): the file keeps its name until the
            // staged output is disposed, and a killed build leaves it for the next build to remove.
            return new StagedFile(stream, path);
        }
    }

    /// <summary>Copies the whole content into <paramref name="target"/>.</summary>
    public void CopyTo(Stream target)
    {
        _stream.Flush();
        _stream.Position = 0;
        _stream.CopyTo(target, 1 << 20);
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (_named is not null)
        {
            AtomicFile.Discard(_named);
        }
    }
}
