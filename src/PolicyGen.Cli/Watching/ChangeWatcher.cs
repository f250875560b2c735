namespace PolicyGen.Cli.Watching;

/// <summary>
/// Watches folders (and everything under them) for files that are created, changed, renamed or deleted, and
/// hands the changes over in batches once nothing has changed for a quiet period: an editor that saves in
/// several steps (a temporary file, a rename, a touch) causes one batch, not three.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Func<string, bool> _relevant;
    private readonly TimeSpan _quiet;
    private readonly Timer _timer;
    private readonly SemaphoreSlim _ready = new(0);
    private readonly Lock _gate = new();
    private List<string> _pending = [];
    private bool _signalled;

    /// <param name="folders">The folders to watch, with their subfolders; those that do not exist are skipped.</param>
    /// <param name="relevant">Which changed paths count (the others, such as outputs or editors' swap files, are ignored).</param>
    /// <param name="quiet">How long nothing must change before a batch is handed over.</param>
    public ChangeWatcher(IEnumerable<string> folders, Func<string, bool> relevant, TimeSpan quiet)
    {
        _relevant = relevant;
        _quiet = quiet;
        _timer = new Timer(_ => Settle());
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct().Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += (_, e) => Saw(e.FullPath);
            watcher.Created += (_, e) => Saw(e.FullPath);
            watcher.Deleted += (_, e) => Saw(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Saw(e.OldFullPath);
                Saw(e.FullPath);
            };

            // Too many changes at once for the system's queue: some were lost, so count it as a change of everything.
            watcher.Error += (_, _) => Saw(folder, always: true);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for the next batch of changes: the relevant paths changed since the last batch, each once.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancel"/> is cancelled first.</exception>
    public async Task<IReadOnlyList<string>> NextAsync(CancellationToken cancel)
    {
        await _ready.WaitAsync(cancel).ConfigureAwait(false);
        lock (_gate)
        {
            var batch = _pending.Distinct(StringComparer.Ordinal).ToList();
            _pending = [];
            _signalled = false;
            return batch;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
        _ready.Dispose();
    }

    private void Saw(string path, bool always = false)
    {
        if (!always && !_relevant(path))
        {
            return;
        }

        lock (_gate)
        {
            _pending.Add(path);

            // Every change starts the quiet period again.
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Settle()
    {
        lock (_gate)
        {
            if (_pending.Count == 0 || _signalled)
            {
                return;
            }

            _signalled = true;
        }

        _ready.Release();
    }
}
