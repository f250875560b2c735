using System.Diagnostics;
using PolicyGen.Cli;

namespace PolicyGen.Tests;

/// <summary>A build killed half-way (SIGKILL) leaves the previous outputs byte-identical and no temporary files.</summary>
public class KillTests
{
    [Fact]
    public void Killing_a_build_half_way_loses_nothing()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("content", "2021-2022"));
        var outDir = Path.Combine(dir.Path, "out");
        Assert.Equal(0, Cli.Run("build", dir.Path, "--out", outDir).Exit);
        var before = TempDir.Snapshot(outDir);

        // Change the sources so that a complete new build would give other bytes.
        var note = Path.Combine(dir.Path, "simplification", "note.yaml");
        File.WriteAllText(note, File.ReadAllText(note).Replace("Simplification administrative", "Simplification administrative (révisée)", StringComparison.Ordinal));

        var policygen = typeof(CliApp).Assembly.Location;
        using var process = Process.Start(new ProcessStartInfo("dotnet", $"\"{policygen}\" build \"{dir.Path}\" --out \"{outDir}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;

        // Half-way: well after start-up, well before the outputs of a multi-second build are written.
        Thread.Sleep(1500);
        var killed = !process.HasExited;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        Assert.True(killed, "the build finished before it could be killed; the test proves nothing on this machine");
        Assert.Equal(before, TempDir.Snapshot(outDir));
        Assert.Empty(Directory.EnumerateFiles(outDir, "*.tmp"));
    }
}
