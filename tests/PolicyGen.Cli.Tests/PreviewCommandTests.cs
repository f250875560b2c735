using PolicyGen.Cli.Commands;
using PolicyGen.Tests.Rendering;

namespace PolicyGen.Tests;

/// <summary><c>policygen preview</c>: one part of a note, both columns, nothing else; clear messages for what does not exist.</summary>
public class PreviewCommandTests
{
    [Fact]
    public void A_strategic_objective_of_the_minimal_sample_is_laid_out_alone_in_both_columns()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        var (exit, output, error) = Cli.Run("preview", dir.Path, "--note", "open-data", "--chapter", "IV.1");
        Assert.True(exit == 0, error + output);
        var pdf = Path.Combine(dir.Path, "out", "preview", "open-data-IV.1.pdf");
        Assert.Contains($"Wrote {pdf} (2 pages)", output, StringComparison.Ordinal);

        var text = PreviewPdf.Read(pdf);
        Assert.Contains("Soutenir une politique de données ouvertes", text.Left, StringComparison.Ordinal);
        Assert.Contains("Een open databeleid ondersteunen", text.Right, StringComparison.Ordinal);
        Assert.Contains("Publier les données des administrations régionales", text.Left, StringComparison.Ordinal);
        Assert.Contains("De gegevens van de gewestelijke besturen publiceren", text.Right, StringComparison.Ordinal);
        Assert.Contains("A-999/1", text.Header, StringComparison.Ordinal);

        // Nothing of the rest of the note: no title page, no contents, no chapter I, no annex.
        foreach (var absent in new[] { "Table des matières", "Inhoudstafel", "Introduction", "Inleiding", "Annexe", "Bijlage" })
        {
            Assert.DoesNotContain(absent, text.Left + text.Right, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_objective_of_the_content_is_laid_out_without_its_neighbours()
    {
        using var dir = new TempDir();
        var pdf = Path.Combine(dir.Path, "climat.pdf");
        var (exit, output, error) = Cli.Run("preview", Repo.Path("content", "2021-2022"), "--note", "simplification", "--chapter", "IV.6", "--out", pdf);
        Assert.True(exit == 0, error + output);
        Assert.Contains("0 errors", output, StringComparison.Ordinal);

        var text = PreviewPdf.Read(pdf);
        Assert.Contains("IV.6 OS 6", text.Left, StringComparison.Ordinal);
        Assert.Contains("Engagements climatiques", text.Left, StringComparison.Ordinal);
        Assert.Contains("IV.6 SD 6", text.Right, StringComparison.Ordinal);
        Assert.Contains("Klimaatverbintenissen", text.Right, StringComparison.Ordinal);
        Assert.Contains("A-453/2", text.Header, StringComparison.Ordinal);

        // The objective before it and the annex after it are left out.
        Assert.DoesNotContain("IV.5", text.Left + text.Right, StringComparison.Ordinal);
        Assert.DoesNotContain("Annexe 1", text.Left, StringComparison.Ordinal);
        Assert.DoesNotContain("Bijlage 1", text.Right, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_note_exits_2_and_names_the_notes()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        var (exit, _, error) = Cli.Run("preview", dir.Path, "--note", "open-date", "--chapter", "IV.1");
        Assert.Equal(2, exit);
        Assert.Contains("policygen: no note 'open-date' in this project; its notes are: open-data.", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
    }

    [Fact]
    public void An_unknown_chapter_exits_2_and_lists_the_chapters_and_objectives()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        var (exit, _, error) = Cli.Run("preview", dir.Path, "--note", "open-data", "--chapter", "IV.1.4");
        Assert.Equal(2, exit);
        Assert.Contains("policygen: no chapter or objective 'IV.1.4' in the note 'open-data'", error, StringComparison.Ordinal);
        Assert.Contains("I (chapter-1), II (chapter-2), III (chapter-3), IV (chapter-4), IV.1 (os-1)", error, StringComparison.Ordinal);
        Assert.Contains("under IV.1 (os-1): IV.1.1 (oo-1-1)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
    }

    [Fact]
    public void A_missing_chapter_option_is_a_usage_error()
    {
        var (exit, _, error) = Cli.Run("preview", Repo.Path("samples", "minimal"), "--note", "open-data");
        Assert.Equal(2, exit);
        Assert.Contains("--chapter", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_in_the_note_exit_1_with_located_diagnostics_and_write_nothing()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        var note = Path.Combine(dir.Path, "notes", "open-data.yaml");
        File.WriteAllText(note, File.ReadAllText(note).Replace("publication de 67 nouveaux", "publication de XXX nouveaux", StringComparison.Ordinal));
        var (exit, output, _) = Cli.Run("preview", dir.Path, "--note", "open-data", "--chapter", "IV.1");
        Assert.Equal(1, exit);
        Assert.Matches(@"notes/open-data\.yaml\(\d+,\d+\): error PG3003: ", output);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "out")));
    }

    [RequiresProgramFact("pdftoppm")]
    public void Png_writes_each_page_beside_the_pdf_and_removes_pages_of_a_longer_earlier_preview()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        var folder = Path.Combine(dir.Path, "out", "preview");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "open-data-IV.1-7.png"), "an earlier page 7");
        var (exit, output, error) = Cli.Run("preview", dir.Path, "--note", "open-data", "--chapter", "os-1", "--png");
        Assert.True(exit == 0, error + output);
        Assert.Equal(
            ["open-data-IV.1-1.png", "open-data-IV.1-2.png", "open-data-IV.1.pdf"],
            Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(Path.Combine(folder, "open-data-IV.1-1.png"))[..4]);
    }

    [Fact]
    public void Without_pdftoppm_png_says_so_and_the_pdf_stands()
    {
        using var dir = new TempDir();
        var pdf = Path.Combine(dir.Path, "a.pdf");
        File.WriteAllText(pdf, "not read");
        using var error = new StringWriter();
        Assert.Empty(PreviewImages.Write(pdf, error, searchPath: dir.Path));
        Assert.Contains("--png needs pdftoppm (poppler-utils) on PATH", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(["a.pdf"], Directory.EnumerateFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Without_a_system_viewer_open_says_so_and_does_not_fail()
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows always has the shell's file associations; there is no "no viewer" case to test.
            return;
        }

        using var dir = new TempDir();
        using var error = new StringWriter();
        Assert.False(SystemViewer.Open(Path.Combine(dir.Path, "a.pdf"), error, searchPath: dir.Path));
        Assert.Contains("no viewer to open the preview with", error.ToString(), StringComparison.Ordinal);
    }
}
