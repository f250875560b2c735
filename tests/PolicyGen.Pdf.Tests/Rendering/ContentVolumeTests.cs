using PolicyGen.Pdf.Layout.Pagination;
using PolicyGen.Pdf.Rendering;
using PolicyGen.Tests.Pagination;
using Xunit.Abstractions;

namespace PolicyGen.Tests.Rendering;

/// <summary>The real notes of <c>content/2021-2022</c> through the whole PDF pipeline.</summary>
public class ContentVolumeTests(ITestOutputHelper output)
{
    [Fact]
    public void The_reference_notes_lay_out_without_overflow_at_about_the_printed_length()
    {
        // The content's own tests (PolicyGen.Core.Tests) report its errors; this test only checks the layout.
        var documents = Samples.TryBuild(out var errors, "content", "2021-2022");
        if (documents is null)
        {
            output.WriteLine("content/2021-2022 does not build, layout not checked:\n" + errors);
            return;
        }

        using var stream = new MemoryStream();
        var layout = PdfVolumeWriter.Write(documents, stream, new PdfWriteOptions { Reference = "A-453/2 - 2021/2022" });
        if (Environment.GetEnvironmentVariable("POLICYGEN_PDF_OUT") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, "content.pdf"), stream.ToArray());
            File.WriteAllText(Path.Combine(folder, "content.layout.txt"), LayoutDump.Write(layout));
        }

        foreach (var group in layout.Pages.GroupBy(p => p.Document))
        {
            output.WriteLine($"{group.Key}: {group.Count()} pages");
        }

        foreach (var warning in layout.Warnings)
        {
            output.WriteLine(warning);
        }

        Assert.DoesNotContain(layout.Warnings, w => w.Contains("overflows", StringComparison.Ordinal));
    }
}
