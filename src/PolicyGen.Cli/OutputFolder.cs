namespace PolicyGen.Cli;

/// <summary>
/// The folder a build writes into. Only one build writes at a time (a lock file, released by the system even
/// when a build is killed); leftovers of a killed build are removed when the next one opens the folder; each
/// file is written to a temporary name and renamed into place when complete, so readers see the previous
/// version or the new one, never half a file.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    public const string LockName = ".policygen.lock";

    private readonly FileStream _lock;

    private OutputFolder(string path, FileStream lockStream)
    {
        Path = path;
        _lock = lockStream;
    }

    public string Path { get; }

    /// <summary>Opens the folder for writing, waiting up to <paramref name="wait"/> for another build to finish.</summary>
    public static OutputFolder? Open(string path, TimeSpan wait, TextWriter error)
    {
        Directory.CreateDirectory(path);
        var lockPath = System.IO.Path.Combine(path, LockName);
        var deadline = DateTime.UtcNow + wait;
        var told = false;
        while (true)
        {
            try
            {
                var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                var folder = new OutputFolder(path, stream);
                folder.RemoveLeftovers();
                return folder;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                if (!told)
                {
                    error.WriteLine($"policygen: another build is writing to '{path}'; waiting…");
                    told = true;
                }

                Thread.Sleep(200);
            }
            catch (IOException)
            {
                error.WriteLine($"policygen: another build is still writing to '{path}'; try again when it has finished.");
                return null;
            }
        }
    }

    public void WriteText(string name, string content) => AtomicFile.WriteAllText(System.IO.Path.Combine(Path, name), content);

    public void WriteBytes(string name, byte[] content) => AtomicFile.WriteAllBytes(System.IO.Path.Combine(Path, name), content);

    public void Dispose() => _lock.Dispose();

    /// <summary>Temporary files of a build that was killed before it could rename or remove them.</summary>
    private void RemoveLeftovers()
    {
        foreach (var file in Directory.EnumerateFiles(Path, "." + "*" + AtomicFile.TempSuffix))
        {
            File.Delete(file);
        }
    }
}
