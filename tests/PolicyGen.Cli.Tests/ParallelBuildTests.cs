using System.Diagnostics;
using PolicyGen.Cli;

namespace PolicyGen.Tests;

/// <summary>Layout, painting and writing run on all cores; the files are the same bytes as with one core.</summary>
public class ParallelBuildTests
{
    [Fact]
    public void One_core_and_many_cores_write_the_same_bytes()
    {
        using var dir = new TempDir();
        var one = Build(Path.Combine(dir.Path, "one"), processors: 1);
        var many = Build(Path.Combine(dir.Path, "many"), processors: Math.Max(4, Environment.ProcessorCount));
        Assert.Equal(8, one.Count);
        Assert.Equal(one, many);
    }

    private static Dictionary<string, string> Build(string outDir, int processors)
    {
        var policygen = typeof(CliApp).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", $"\"{policygen}\" build \"{Repo.Path("content", "2021-2022")}\" --out \"{outDir}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_PROCESSOR_COUNT"] = processors.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {output.Result}{error.Result}");
        return TempDir.Snapshot(outDir);
    }
}
