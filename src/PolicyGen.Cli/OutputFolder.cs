namespace PolicyGen.Cli;

/// <summary>
/// The folder a build writes into. Only one build writes at a time (a lock file, released by the system even
/// when a build is killed); leftovers of a killed build are removed when the next one opens the folder. Outputs
/// are first staged (<see cref="Stage"/>: files without a name, which vanish with a failed or killed build), then
/// published: all written under temporary names, then each renamed into place, so readers see the previous version or
/// the new one, never half a file. A folder the build created and never published into is removed again.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    public const string LockName = ".policygen.lock";

    private readonly FileStream _lock;

    private readonly bool _created;
    private bool _published;

    private OutputFolder(string path, FileStream lockStream, bool created)
    {
        Path = path;
        _lock = lockStream;
        _created = created;
    }

    public string Path { get; }

    /// <summary>
    /// Opens the folder for writing, waiting up to <paramref name="wait"/> for another build to finish; null when it
    /// did not. A folder that cannot be made or written to is an <see cref="OutputWriteException"/>.
    /// </summary>
    public static OutputFolder? Open(string path, TimeSpan wait, TextWriter error)
    {
        bool created;
        try
        {
            created = !Directory.Exists(path);
            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (OutputWriteException.IsFileSystem(e))
        {
            throw new OutputWriteException(path, e);
        }

        var lockPath = System.IO.Path.Combine(path, LockName);
        var deadline = DateTime.UtcNow + wait;
        var told = false;
        while (true)
        {
            try
            {
                var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                var folder = new OutputFolder(path, stream, created);
                folder.RemoveLeftovers();
                return folder;
            }
            catch (IOException e) when (Held(e) && DateTime.UtcNow < deadline)
            {
                if (!told)
                {
                    error.WriteLine($"policygen: another build is writing to '{path}'; waiting…");
                    told = true;
                }

                Thread.Sleep(200);
            }
            catch (IOException e) when (Held(e))
            {
                error.WriteLine($"policygen: another build is still writing to '{path}'; try again when it has finished.");
                return null;
            }
            catch (Exception e) when (OutputWriteException.IsFileSystem(e))
            {
                throw new OutputWriteException(path, e);
            }
        }
    }

    public void WriteText(string name, string content)
    {
        _published = true;
        AtomicFile.WriteAllText(System.IO.Path.Combine(Path, name), content);
    }

    /// <summary>A new staged output in this folder, for <see cref="Publish"/> once the whole build has succeeded.</summary>
    public StagedFile Stage() => StagedFile.Create(Path);

    /// <summary>
    /// Publishes staged outputs under their names, as a set as far as a file system allows: every file is first written
    /// in full under its temporary name (a failure there leaves every previous output as it was), then each is renamed
    /// over the previous one.
    /// </summary>
    public void Publish(IReadOnlyList<(string Name, StagedFile File)> outputs)
    {
        _published = true;
        var written = new List<(string Temp, string Path)>();
        try
        {
            foreach (var (name, staged) in outputs)
            {
                var path = System.IO.Path.Combine(Path, name);
                written.Add((AtomicFile.WriteTemporary(path, staged.CopyTo), path));
            }

            foreach (var (temp, path) in written)
            {
                AtomicFile.Replace(temp, path);
            }
        }
        catch (Exception e) when (OutputWriteException.IsFileSystem(e))
        {
            throw new OutputWriteException(Path, e);
        }
        finally
        {
            foreach (var (temp, _) in written)
            {
                AtomicFile.Discard(temp);
            }
        }
    }

    public void Dispose()
    {
        if (!_created || _published)
        {
            _lock.Dispose();
            return;
        }

        // Nothing was published into the folder this build made: leave the disk as it was. The lock file goes while it
        // is still held (another build waiting for it then makes its own); where an open file cannot be deleted
        // (Windows), the folder stays.
        try
        {
            File.Delete(System.IO.Path.Combine(Path, LockName));
        }
        catch (Exception e) when (OutputWriteException.IsFileSystem(e))
        {
        }

        _lock.Dispose();
        try
        {
            if (!Directory.EnumerateFileSystemEntries(Path).Any())
            {
                Directory.Delete(Path);
            }
        }
        catch (IOException)
        {
        }
    }

    /// <summary>
    /// Whether opening the lock failed because another process holds it: EWOULDBLOCK (Linux) or EAGAIN (macOS) from
    /// the advisory lock, a sharing or lock violation on Windows. Anything else (no permission, a read-only disk) is not
    /// worth waiting for.
    /// </summary>
    private static bool Held(IOException e) =>
        e.GetType() == typeof(IOException) && e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    /// <summary>Temporary files of a build that was killed before it could rename or remove them.</summary>
    private void RemoveLeftovers()
    {
        foreach (var file in Directory.EnumerateFiles(Path, "." + "*" + AtomicFile.TempSuffix))
        {
            File.Delete(file);
        }
    }
}
