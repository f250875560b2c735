using System.Text;
using PolicyGen.Model;
using PolicyGen.Pdf.Layout.Pagination;
using PolicyGen.Pdf.Rendering;
using PolicyGen.Tests.Pagination;
using UglyToad.PdfPig;

namespace PolicyGen.Tests.Rendering;

/// <summary>Writes the real PDF of <c>samples/minimal</c> and reads it back (PdfPig, poppler, qpdf).</summary>
public class PdfVolumeWriterTests
{
    private static readonly PdfWriteOptions Options = new()
    {
        Reference = "A-999/1 - 2021/2022",
        Title = "Notes d'orientation 2021-2022",
        Date = new DateTimeOffset(2021, 10, 29, 0, 0, 0, TimeSpan.Zero),
    };

    private static readonly Lazy<(byte[] Pdf, LayoutResult Layout, string Path)> Minimal = new(() =>
    {
        var documents = Samples.Build("samples", "minimal");
        using var stream = new MemoryStream();
        var layout = PdfVolumeWriter.Write(documents, stream, Options);
        var bytes = stream.ToArray();
        // Set POLICYGEN_PDF_OUT to a folder to keep the PDF and its layout dump for a look; else they are temporary.
        var keep = Environment.GetEnvironmentVariable("POLICYGEN_PDF_OUT") is { Length: > 0 } target ? target : null;
        var path = Path.Combine(keep ?? Path.GetTempPath(), keep is null ? $"policygen-minimal-{Environment.ProcessId}.pdf" : "minimal.pdf");
        File.WriteAllBytes(path, bytes);
        if (keep is null)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        }
        else
        {
            File.WriteAllText(Path.ChangeExtension(path, ".layout.txt"), LayoutDump.Write(layout));
        }
        return (bytes, layout, path);
    });

    [Fact]
    public void An_untagged_draft_has_the_same_text_and_links_and_no_structure_tree()
    {
        var (pdf, layout, _) = Minimal.Value;
        var documents = Samples.Build("samples", "minimal");
        using var stream = new MemoryStream();
        PdfVolumeWriter.Paint(layout, documents, stream, Options with { Tagged = false });
        var draft = stream.ToArray();

        using var tagged = PdfDocument.Open(pdf);
        using var plain = PdfDocument.Open(draft);
        Assert.True(tagged.Structure.Catalog.CatalogDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("StructTreeRoot")));
        Assert.False(plain.Structure.Catalog.CatalogDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("StructTreeRoot")));
        Assert.Equal(tagged.NumberOfPages, plain.NumberOfPages);
        for (var i = 1; i <= tagged.NumberOfPages; i++)
        {
            // Same letters at the same places (the tagged file adds word spaces for the structure text).
            static string Letters(UglyToad.PdfPig.Content.Page page) => string.Concat(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
                .Select(l => $"{l.Value}@{l.BoundingBox.Left:F1},{l.BoundingBox.Bottom:F1};"));
            Assert.Equal(Letters(tagged.GetPage(i)), Letters(plain.GetPage(i)));
            Assert.Equal(tagged.GetPage(i).GetAnnotations().Count(), plain.GetPage(i).GetAnnotations().Count());
        }

        Assert.True(draft.Length < pdf.Length, $"draft {draft.Length} bytes, tagged {pdf.Length}");
    }

    [Fact]
    public void Writes_every_laid_out_page_as_an_a4_page()
    {
        var (pdf, layout, _) = Minimal.Value;
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(layout.Pages.Count, document.NumberOfPages);
        Assert.All(document.GetPages(), page =>
        {
            Assert.Equal(595.28, page.Width, 1);
            Assert.Equal(841.89, page.Height, 1);
        });
        Assert.Empty(layout.Warnings);
    }

    [Fact]
    public void Fonts_are_embedded_subsets_of_Liberation_Serif()
    {
        var (pdf, _, _) = Minimal.Value;
        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? string.Empty).Distinct().ToList();
        Assert.Contains(fonts, f => f.EndsWith("Liberation Serif", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Contains("Bold", StringComparison.Ordinal));
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+Liberation Serif", f));

        // Each font program is in the file (/FontFile2 streams), one per face used.
        var raw = Encoding.Latin1.GetString(pdf);
        var embedded = raw.Split("/FontFile2").Length - 1;
        Assert.Equal(fonts.Count, embedded);
    }

    [Fact]
    public void Each_column_reads_in_order_in_its_own_language()
    {
        var (pdf, layout, _) = Minimal.Value;
        using var document = PdfDocument.Open(pdf);
        var middle = PageSettings.Default.PageWidth / 2;
        var number = layout.Pages.Single(p => p.Regions.Any(r => r.Kind == RegionKind.Column && r.Lines.Any(l => l.Text == "CHAPITRE III"))).Number;
        var page = document.GetPage(number);
        var left = Text(page.GetWords().Where(w => w.BoundingBox.Right < middle && w.BoundingBox.Bottom < 842 - 80));
        var right = Text(page.GetWords().Where(w => w.BoundingBox.Left > middle && w.BoundingBox.Bottom < 842 - 80));
        Assert.True(Before(left, "CHAPITRE III", "Synthèse managériale", "Deux priorités", "CHAPITRE IV", "Aperçu"), left);
        Assert.True(Before(right, "HOOFDSTUK III", "Managementsamenvatting", "Twee prioriteiten", "HOOFDSTUK IV", "Overzicht"), right);
        Assert.DoesNotContain("HOOFDSTUK", left, StringComparison.Ordinal);
        Assert.DoesNotContain("CHAPITRE", right, StringComparison.Ordinal);

        // The page model agrees with what was painted.
        var laid = layout.Pages[number - 1];
        Assert.Equal(Language.Fr, laid.Regions.First(r => r.Kind == RegionKind.Column).Language);
    }

    [Fact]
    public void Bookmarks_lead_to_the_notes_and_their_headings()
    {
        var (pdf, layout, _) = Minimal.Value;
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(2, bookmarks.Roots.Count);
        var note = bookmarks.Roots[1];
        Assert.Equal("NOTE D\u2019ORIENTATION \u00AB Données ouvertes \u00BB 2021-2022", note.Title);
        var chapter = note.Children.Single(c => c.Title == "CHAPITRE Ier Introduction");
        var target = Assert.IsType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>(chapter);
        Assert.Equal(layout.AnchorPages[("open-data", "chapter-1")], target.PageNumber);
        var chapter4 = note.Children.Single(c => c.Title.StartsWith("CHAPITRE IV", StringComparison.Ordinal));
        var os = Assert.Single(chapter4.Children);
        Assert.StartsWith("IV.1 OS 1", os.Title, StringComparison.Ordinal);
        Assert.StartsWith("IV.1.1. OO 1.1.", Assert.Single(os.Children).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_of_contents_entries_link_to_their_headings()
    {
        var (pdf, layout, _) = Minimal.Value;
        var contents = layout.Pages.First(p => p.Links.Count > 0);
        using var document = PdfDocument.Open(pdf);
        var links = document.GetPage(contents.Number).GetAnnotations()
            .Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();
        Assert.Equal(contents.Links.Count, links.Count);
        var chapter = contents.Links.First(l => l.Target == "chapter-1");
        var annotation = links.Single(a => Math.Abs(a.Rectangle.Top - (841.89 - chapter.Y)) < 0.5 && a.Rectangle.Left < 300 == chapter.X < 300);
        var action = Assert.IsAssignableFrom<UglyToad.PdfPig.Actions.AbstractGoToAction>(annotation.Action);
        Assert.Equal(layout.AnchorPages[("open-data", "chapter-1")], action.Destination.PageNumber);
    }

    [RequiresProgramFact("pdftotext")]
    public void Pdftotext_never_mixes_the_columns_on_a_line_and_raw_order_gives_one_column_then_the_other()
    {
        var (_, layout, path) = Minimal.Value;
        var frWords = ColumnWords(layout, Language.Fr);
        var nlWords = ColumnWords(layout, Language.Nl);
        var onlyFr = frWords.Except(nlWords).ToHashSet();
        var onlyNl = nlWords.Except(frWords).ToHashSet();
        var (code, text) = Programs.Run("pdftotext", "-enc", "UTF-8", path, "-");
        Assert.Equal(0, code);
        foreach (var line in text.Split('\n'))
        {
            var words = Words(line);
            Assert.False(words.Any(onlyFr.Contains) && words.Any(onlyNl.Contains), $"pdftotext mixes the columns: \"{line}\"");
        }

        for (var p = 3; p <= layout.Pages.Count; p++)
        {
            var (rawCode, raw) = Programs.Run("pdftotext", "-raw", "-enc", "UTF-8", "-f", $"{p}", "-l", $"{p}", path, "-");
            Assert.Equal(0, rawCode);
            var words = Words(raw).ToList();
            var lastFr = words.FindLastIndex(onlyFr.Contains);
            var firstNl = words.FindIndex(onlyNl.Contains);
            Assert.True(lastFr < 0 || firstNl < 0 || lastFr < firstNl, $"page {p}: French and Dutch interleave in reading order:\n{raw}");
        }
    }

    [RequiresProgramFact("qpdf")]
    public void Qpdf_finds_no_errors()
    {
        var (_, _, path) = Minimal.Value;
        var (code, output) = Programs.Run("qpdf", "--check", path);

        // 0 = clean, 3 = warnings only; 2 = errors.
        Assert.True(code is 0 or 3, output);
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
    }

    [RequiresProgramFact("pdffonts")]
    public void Pdffonts_lists_only_embedded_unicode_subsets()
    {
        var (_, _, path) = Minimal.Value;
        var (code, output) = Programs.Run("pdffonts", path);
        Assert.Equal(0, code);
        var rows = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", row));
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var documents = Samples.Build("samples", "minimal");
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        var a = PdfVolumeWriter.Write(documents, first, Options);
        var b = PdfVolumeWriter.Write(documents, second, Options);
        Assert.Equal(LayoutDump.Write(a), LayoutDump.Write(b));
        var raw = Encoding.Latin1.GetString(first.ToArray());
        Assert.Contains("D:20211029000000", raw, StringComparison.Ordinal);
        Assert.Contains("/ID[<", raw, StringComparison.Ordinal);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    private static HashSet<string> ColumnWords(LayoutResult layout, Language language) =>
        [.. layout.Pages.SelectMany(p => p.Regions).Where(r => r.Kind == RegionKind.Column && r.Language == language)
            .SelectMany(r => r.Lines).SelectMany(l => Words(l.Text)).Where(w => w.Length > 3)];

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '\n', '\u00A0', '\u202F', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '(', ')', '«', '»'));

    private static string Text(IEnumerable<UglyToad.PdfPig.Content.Word> words) =>
        string.Join(' ', words.OrderByDescending(w => Math.Round(w.BoundingBox.Bottom, 1)).ThenBy(w => w.BoundingBox.Left).Select(w => w.Text));

    private static bool Before(string text, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + part.Length;
        }

        return true;
    }
}
