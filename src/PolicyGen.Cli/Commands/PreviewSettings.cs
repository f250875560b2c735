namespace PolicyGen.Cli.Commands;

/// <summary>What <c>policygen preview</c> was asked to do.</summary>
/// <param name="Directory">The project folder.</param>
/// <param name="Note">The note's id.</param>
/// <param name="Part">The chapter or objective: <c>II</c>, <c>IV.2</c>, <c>IV.2.3</c> or a heading id.</param>
/// <param name="Out">The PDF to write, or null for <c>DIR/out/preview/&lt;note&gt;-&lt;part&gt;.pdf</c>.</param>
public sealed record PreviewSettings(string Directory, string Note, string Part, string? Out = null)
{
    /// <summary>Also write each page as PNG beside the PDF (through pdftoppm).</summary>
    public bool Png { get; init; }

    /// <summary>Hand the PDF to the system's viewer once written.</summary>
    public bool Open { get; init; }

    /// <summary>How long the sources must stay unchanged before a rebuild in watch mode (editors save in several steps).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The PDF's path for a part named <paramref name="part"/>: <see cref="Out"/>, or the default.</summary>
    public string PdfPath(string part) =>
        Out ?? Path.Combine(Directory, "out", "preview", $"{Note}-{string.Concat(part.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_'))}.pdf");
}
