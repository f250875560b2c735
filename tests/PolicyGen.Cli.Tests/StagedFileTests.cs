using PolicyGen.Cli;

namespace PolicyGen.Tests;

/// <summary>Outputs wait on disk without a name until they are published whole; discarded, they leave nothing.</summary>
public class StagedFileTests
{
    [Fact]
    public void A_staged_output_has_no_name_until_it_is_published()
    {
        using var dir = new TempDir();
        using var folder = OutputFolder.Open(dir.Path, TimeSpan.Zero, TextWriter.Null)!;
        File.WriteAllText(Path.Combine(dir.Path, "volume.pdf"), "previous");
        var content = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        using (var staged = folder.Stage())
        {
            staged.Stream.Write(content);
            Assert.Equal(content.Length, staged.Length);

            // Written, not published: the folder shows the previous file only (Windows keeps a name until the close).
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(["volume.pdf"], Names(dir.Path));
            }

            Assert.Equal("previous", File.ReadAllText(Path.Combine(dir.Path, "volume.pdf")));
            folder.Publish([("volume.pdf", staged)]);
        }

        Assert.Equal(content, File.ReadAllBytes(Path.Combine(dir.Path, "volume.pdf")));
        Assert.Equal(["volume.pdf"], Names(dir.Path));
    }

    [Fact]
    public void Outputs_are_published_as_a_set_a_failure_leaves_every_previous_file()
    {
        using var dir = new TempDir();
        File.WriteAllText(Path.Combine(dir.Path, "a.pdf"), "previous a");
        File.WriteAllText(Path.Combine(dir.Path, "b.pdf"), "previous b");
        using var folder = OutputFolder.Open(dir.Path, TimeSpan.Zero, TextWriter.Null)!;
        using var a = folder.Stage();
        using var b = folder.Stage();
        a.Stream.Write("new a"u8);
        b.Stream.Write("new b"u8);

        // The second file cannot be written (its temporary name is taken by a folder): the first is not replaced either.
        var blocked = Directory.CreateDirectory(Path.Combine(dir.Path, $".b.pdf.{Environment.ProcessId}{AtomicFile.TempSuffix}"));
        var failure = Assert.Throws<OutputWriteException>(() => folder.Publish([("a.pdf", a), ("b.pdf", b)]));
        Assert.Contains($"cannot write to '{dir.Path}'", failure.Message, StringComparison.Ordinal);
        Assert.Equal("previous a", File.ReadAllText(Path.Combine(dir.Path, "a.pdf")));
        Assert.Equal("previous b", File.ReadAllText(Path.Combine(dir.Path, "b.pdf")));
        Assert.Equal(["a.pdf", "b.pdf"], Names(dir.Path));

        blocked.Delete();
        folder.Publish([("a.pdf", a), ("b.pdf", b)]);
        Assert.Equal("new a", File.ReadAllText(Path.Combine(dir.Path, "a.pdf")));
        Assert.Equal("new b", File.ReadAllText(Path.Combine(dir.Path, "b.pdf")));
        Assert.Equal(["a.pdf", "b.pdf"], Names(dir.Path));
    }

    [Fact]
    public void A_discarded_output_leaves_nothing_behind()
    {
        using var dir = new TempDir();
        using (var folder = OutputFolder.Open(dir.Path, TimeSpan.Zero, TextWriter.Null)!)
        {
            using var staged = folder.Stage();
            staged.Stream.Write("half a volume"u8);
        }

        Assert.Empty(Names(dir.Path));
    }

    [Fact]
    public void A_folder_the_build_made_and_never_published_into_is_removed()
    {
        using var dir = new TempDir();
        var made = Path.Combine(dir.Path, "out");
        using (var folder = OutputFolder.Open(made, TimeSpan.Zero, TextWriter.Null)!)
        {
            using var staged = folder.Stage();
            staged.Stream.Write("never published"u8);
        }

        Assert.False(Directory.Exists(made));
    }

    private static List<string?> Names(string folder) =>
        [.. Directory.EnumerateFiles(folder).Select(Path.GetFileName).Where(n => n != OutputFolder.LockName).Order(StringComparer.Ordinal)];
}
