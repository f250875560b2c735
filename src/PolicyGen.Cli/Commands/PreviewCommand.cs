using System.CommandLine;

namespace PolicyGen.Cli.Commands;

/// <summary>
/// <c>policygen preview DIR --note ID --chapter REF [--out FILE] [--png] [--open] [--watch]</c>: lays out one
/// chapter or objective of one note, both languages side by side with the note's page design, into a small PDF;
/// with <c>--watch</c>, again after every save.
/// </summary>
public static class PreviewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = CommonOptions.ProjectDirectory();
        var note = new Option<string>("--note")
        {
            Description = "The note (its id in policygen.yaml).",
            HelpName = "ID",
            Required = true,
        };
        var chapter = new Option<string>("--chapter")
        {
            Description = "The chapter or objective: its number (II, IV.2, IV.2.3) or the id of its heading (annex-1, os-2).",
            HelpName = "REF",
            Required = true,
        };
        var outFile = new Option<string?>("--out")
        {
            Description = "The PDF to write (default: <DIR>/out/preview/<note>-<REF>.pdf).",
            HelpName = "FILE",
        };
        var png = new Option<bool>("--png")
        {
            Description = "Also write each page as PNG beside the PDF (needs pdftoppm from poppler-utils).",
        };
        var open = new Option<bool>("--open")
        {
            Description = "Open the PDF in the system's viewer (xdg-open, open, or the Windows file association).",
        };
        var watch = new Option<bool>("--watch")
        {
            Description = "Stay running and preview again after every save of a source or template file; Ctrl-C stops.",
        };
        var command = new Command("preview", "Lay out one chapter or objective of a note, side by side in both languages, into a small PDF (again after every save with --watch).")
        {
            directory, note, chapter, outFile, png, open, watch,
        };
        command.SetAction(parse =>
        {
            var settings = new PreviewSettings(parse.GetValue(directory)!, parse.GetValue(note)!, parse.GetValue(chapter)!, parse.GetValue(outFile))
            {
                Png = parse.GetValue(png),
                Open = parse.GetValue(open),
            };
            return parse.GetValue(watch) ? PreviewWatch.Run(settings, output, error) : Run(settings, output, error);
        });
        return command;
    }

    /// <summary>One preview: 0 when the PDF was written, 1 for errors in the sources, 2 for no such note or part.</summary>
    public static int Run(PreviewSettings settings, TextWriter output, TextWriter error)
    {
        var outcome = PreviewPass.Run(settings, error);
        new PreviewReport(output, error).Once(outcome);
        if (settings.Open && outcome.Pdf is { } pdf)
        {
            SystemViewer.Open(pdf, error);
        }

        return outcome.ExitCode;
    }
}
