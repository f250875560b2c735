using PolicyGen.Cli;

namespace PolicyGen.Tests;

/// <summary>Nothing is lost: a failed build leaves the previous outputs, leftovers are cleaned, one writer at a time.</summary>
public class BuildOutputTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_outputs_untouched()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        var outDir = Path.Combine(dir.Path, "out");
        Assert.Equal(0, Cli.Run("build", dir.Path, "--format", "md,ast").Exit);
        var before = TempDir.Snapshot(outDir);
        Assert.Contains("open-data.fr.md", before.Keys);

        var note = Path.Combine(dir.Path, "notes", "open-data.yaml");
        File.WriteAllText(note, File.ReadAllText(note).Replace("title:\n  fr: Données ouvertes", "titel:\n  fr: Données ouvertes", StringComparison.Ordinal));
        var (exit, output, _) = Cli.Run("build", dir.Path, "--format", "md,ast");
        Assert.Equal(1, exit);
        Assert.Contains("PG1001", output, StringComparison.Ordinal);
        Assert.Equal(before, TempDir.Snapshot(outDir));
    }

    [Fact]
    public void Leftovers_of_a_killed_build_are_removed_and_outputs_replaced_whole()
    {
        using var dir = new TempDir();
        File.WriteAllText(Path.Combine(dir.Path, ".open-data.fr.md.4242.tmp"), "half a file");
        using (var folder = OutputFolder.Open(dir.Path, TimeSpan.Zero, TextWriter.Null)!)
        {
            folder.WriteText("a.md", "new");
        }

        Assert.Equal(["a.md"], Directory.EnumerateFiles(dir.Path).Select(Path.GetFileName).Where(n => n != OutputFolder.LockName));
        Assert.Equal("new", File.ReadAllText(Path.Combine(dir.Path, "a.md")));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_said_in_one_line_with_exit_3()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        var blocker = Path.Combine(dir.Path, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var target = Path.Combine(blocker, "out");

        var (exit, _, error) = Cli.Run("build", dir.Path, "--format", "md", "--out", target);
        Assert.Equal(ExitCodes.OutputUnwritable, exit);
        Assert.Contains($"policygen: cannot write to '{target}'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);

        (exit, _, error) = Cli.Run("preview", dir.Path, "--note", "open-data", "--chapter", "I", "--out", Path.Combine(target, "p.pdf"));
        Assert.Equal(ExitCodes.OutputUnwritable, exit);
        Assert.Contains("policygen: cannot write to", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_one_build_writes_to_a_folder_at_a_time()
    {
        using var dir = new TempDir();
        using var first = OutputFolder.Open(dir.Path, TimeSpan.Zero, TextWriter.Null)!;
        using var error = new StringWriter();
        Assert.Null(OutputFolder.Open(dir.Path, TimeSpan.FromMilliseconds(300), error));
        Assert.Contains("another build", error.ToString(), StringComparison.Ordinal);
    }
}

public class BuildSelectionTests
{
    [Fact]
    public void Note_selects_what_is_written_and_an_unknown_note_is_a_usage_error()
    {
        using var dir = new TempDir();
        var project = Path.Combine(dir.Path, "p");
        Assert.Equal(0, Cli.Run("init", project, "--note", "first").Exit);
        var (exit, _, err) = Cli.Run("build", project, "--note", "second");
        Assert.Equal(2, exit);
        Assert.Contains("its notes are: first", err, StringComparison.Ordinal);
        Assert.Equal(0, Cli.Run("build", project, "--note", "first", "--out", Path.Combine(dir.Path, "o")).Exit);
        Assert.True(File.Exists(Path.Combine(dir.Path, "o", "first.pdf")));
        Assert.False(File.Exists(Path.Combine(dir.Path, "o", "second.pdf")));
    }

    [Fact]
    public void Warnaserror_fails_a_build_with_warnings_and_writes_nothing()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        var note = Path.Combine(dir.Path, "notes", "open-data.yaml");
        File.WriteAllText(note, File.ReadAllText(note).Replace("deadline: 2024", "deadline: 2030", StringComparison.Ordinal));
        Assert.Equal(0, Cli.Run("build", dir.Path, "--out", Path.Combine(dir.Path, "a")).Exit);
        Assert.Equal(1, Cli.Run("build", dir.Path, "--warnaserror", "--out", Path.Combine(dir.Path, "b")).Exit);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "b")));
    }

    [Fact]
    public void Diagnostics_github_prints_annotations_for_a_build_that_succeeds_or_fails()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        var note = Path.Combine(dir.Path, "notes", "open-data.yaml");
        File.WriteAllText(note, File.ReadAllText(note).Replace("deadline: 2024", "deadline: 2030", StringComparison.Ordinal));
        var (exit, output, _) = Cli.Run("build", dir.Path, "--format", "md", "--diagnostics", "github", "--out", Path.Combine(dir.Path, "a"));
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^::warning file=[^,]+open-data\.yaml,line=\d+,col=\d+,title=PG\d{4} [^:]+::.+$", lines[0]);
        Assert.Matches(@"Wrote \d+ files", lines[^1]);

        (exit, output, _) = Cli.Run("build", Repo.Path("samples", "invalid", "merge-conflict"), "--diagnostics", "github", "--out", Path.Combine(dir.Path, "b"));
        Assert.Equal(1, exit);
        Assert.StartsWith("::error file=", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "b")));
    }
}

public class DocumentBuildTests
{
    [Fact]
    public void Progress_goes_to_the_error_stream_as_plain_lines_when_it_is_not_a_terminal()
    {
        using var dir = new TempDir();
        var (exit, output, err) = Cli.Run("build", Repo.Path("samples", "minimal"), "--out", dir.Path);
        Assert.Equal(0, exit);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("validating", StringComparison.Ordinal));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"laid out \d+ pages"));
        Assert.DoesNotContain('\r', err);
        Assert.Matches(@"Wrote 4 files to .* in \d+\.\d s\.", output);
    }

    [Fact]
    public void Build_writes_pdf_and_docx_by_default_with_the_same_bytes_every_time()
    {
        using var dir = new TempDir();
        var a = Path.Combine(dir.Path, "a");
        var b = Path.Combine(dir.Path, "b");
        Assert.Equal(0, Cli.Run("build", Repo.Path("samples", "minimal"), "--out", a).Exit);
        Assert.Equal(0, Cli.Run("build", Repo.Path("samples", "minimal"), "--out", b).Exit);
        Assert.Equal(["open-data.docx", "open-data.pdf", "volume.docx", "volume.pdf"],
            Directory.EnumerateFiles(a).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal));
        foreach (var name in new[] { "open-data.pdf", "volume.pdf" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(a, name));
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(b, name)));
        }
    }

    [Fact]
    public void Build_writes_a_docx_per_note_and_for_the_volume_with_the_same_bytes_every_time()
    {
        using var dir = new TempDir();
        var a = Path.Combine(dir.Path, "a");
        var b = Path.Combine(dir.Path, "b");
        Assert.Equal(0, Cli.Run("build", Repo.Path("samples", "minimal"), "--format", "docx", "--out", a).Exit);
        Assert.Equal(0, Cli.Run("build", Repo.Path("samples", "minimal"), "--format", "docx", "--out", b).Exit);
        Assert.Equal(["open-data.docx", "volume.docx"], Directory.EnumerateFiles(a, "*.docx").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "volume.docx")), File.ReadAllBytes(Path.Combine(b, "volume.docx")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "open-data.docx")), File.ReadAllBytes(Path.Combine(b, "open-data.docx")));
    }
}

public class ReferenceDocxTests
{
    [Fact]
    public void A_reference_docx_is_used_and_a_missing_one_is_an_error()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        Assert.Equal(0, Cli.Run("build", dir.Path, "--format", "docx", "--out", Path.Combine(dir.Path, "first")).Exit);
        File.Copy(Path.Combine(dir.Path, "first", "volume.docx"), Path.Combine(dir.Path, "house-style.docx"));
        var volume = Path.Combine(dir.Path, "policygen.yaml");
        File.AppendAllText(volume, "reference_docx: house-style.docx\n");
        var (exit, output, _) = Cli.Run("build", dir.Path, "--format", "docx", "--out", Path.Combine(dir.Path, "second"));
        Assert.Equal(0, exit);
        Assert.DoesNotContain("PG51", output, StringComparison.Ordinal);

        File.WriteAllText(volume, File.ReadAllText(volume).Replace("house-style.docx", "missing.docx", StringComparison.Ordinal));
        (exit, output, _) = Cli.Run("build", dir.Path, "--format", "docx", "--out", Path.Combine(dir.Path, "third"));
        Assert.Equal(1, exit);
        Assert.Contains("error PG0001: the reference document 'missing.docx' does not exist", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "third")));
    }
}
