using System.Diagnostics;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.LibreOffice;

/// <summary>
/// LibreOffice opens every DOCX the writer produces and converts it to PDF, with the text of both columns and
/// a filled table of contents. Set <c>POLICYGEN_DOCX_KEEP</c> to a folder to keep the DOCX and PDF files for a look.
/// </summary>
public sealed class LibreOfficeTests
{
    [SofficeFact]
    public void Minimal_volume_converts() => Convert("minimal-volume", Samples.Docx(Samples.Minimal, Samples.All(Samples.Minimal)), ("NOTE D’ORIENTATION", "BELEIDSNOTA"), ("CHAPITRE", "HOOFDSTUK"));

    [SofficeFact]
    public void Content_volume_converts() => Convert("content-volume", Samples.Docx(Samples.Content, Samples.All(Samples.Content)),
        ("Table des matières", "Inhoudstafel"), ("IV.1.1. OO 1.1.", "IV.1.1. OD 1.1."), ("IV.2.3. OO 2.3.", "IV.2.3. OD 2.3."), ("Planning 2022", "Planning 2022"));

    [SofficeFact]
    public void Synthetic_document_converts()
    {
        using var output = new MemoryStream();
        Docx.DocxWriter.Write(Synthetic.Build([Model.Language.Fr, Model.Language.Nl]), output, new Docx.DocxWriteOptions { Reference = "A-1/1 - 2021/2022" });
        Convert("synthetic", output.ToArray(), ("NOTE D'ORIENTATION", "BELEIDSNOTA"), ("Introduction", "Inleiding"), ("Indicateur", "Indicator"));
    }

    /// <summary>Converts, then checks with <c>pdftotext -layout</c> that each pair stands on one line: side by side, level.</summary>
    private static void Convert(string name, byte[] docx, params (string Fr, string Nl)[] level)
    {
        var folder = Environment.GetEnvironmentVariable("POLICYGEN_DOCX_KEEP") is { Length: > 0 } keep
            ? keep
            : Path.Combine(Path.GetTempPath(), "policygen-docx-" + Environment.ProcessId + "-" + name);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".docx");
        File.WriteAllBytes(path, docx);
        var (pdf, exit, output) = Soffice.ConvertToPdf(path, folder);
        Assert.True(exit == 0 && pdf is not null, $"soffice exited with {exit}: {output}");
        if (Pdftotext(pdf!) is not { } text)
        {
            return;
        }

        var lines = text.Split('\n');
        foreach (var (fr, nl) in level)
        {
            Assert.True(
                lines.Any(l => l.IndexOf(fr, StringComparison.Ordinal) is >= 0 and var i && l.IndexOf(nl, i + fr.Length, StringComparison.Ordinal) > i),
                $"no line of {name}.pdf has '{fr}' and '{nl}' side by side");
        }
    }

    private static string? Pdftotext(string pdf)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is null)
            {
                return null;
            }

            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
