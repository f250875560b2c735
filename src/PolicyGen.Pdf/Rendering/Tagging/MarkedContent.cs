using System.Globalization;
using PdfSharp.Drawing;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// Marked content in a page's content stream. PDFsharp 6.2 lets a program write nothing into a content stream but
/// drawing operators and comments, so the painter writes a marker comment (<c>% pg:BDC P 12</c>, <c>% pg:ART Layout</c>,
/// <c>% pg:SPAN &lt;FEFF…&gt;</c>, <c>% pg:EMC</c>) where a sequence begins or ends, and <see cref="Rewrite"/> turns the markers into operators once the
/// page is painted (<see cref="PageContent"/>).
/// </summary>
/// <remarks>
/// PDFsharp opens and closes text objects (<c>BT</c>/<c>ET</c>) and graphics states (<c>q</c>/<c>Q</c>) lazily, just
/// before the operator that needs them, so a marker written before a drawing can land before the <c>BT</c> that the
/// drawing opens. A marked-content sequence must not straddle a text object: a beginning is therefore moved past the
/// <c>BT</c>, <c>ET</c>, <c>q</c> and <c>Q</c> that follow it, to just before the first operator that draws or sets
/// something. Ends stay where they are: the painter ends every sequence before it switches between text and
/// graphics.
/// </remarks>
internal static class MarkedContent
{
    private const string Prefix = "pg:";

    /// <summary>Marks the beginning of the marked content <paramref name="mcid"/> of a structure element of type <paramref name="tag"/>.</summary>
    public static void Begin(XGraphics graphics, string tag, int mcid) =>
        graphics.WriteComment(string.Create(CultureInfo.InvariantCulture, $"{Prefix}BDC {tag} {mcid}"));

    /// <summary>
    /// Marks the beginning of a span whose text, for a reader, is <paramref name="actualText"/> rather than the glyphs
    /// drawn (a word cut by hyphenation: its added hyphen reads as a soft hyphen, U+00AD).
    /// </summary>
    public static void BeginActualText(XGraphics graphics, string actualText) =>
        graphics.WriteComment(Prefix + "SPAN " + PdfTextString.Of(actualText));

    /// <summary>
    /// Marks the beginning of an artifact (drawn for the eye only): the running header with the page number
    /// (<c>/Type /Pagination /Subtype /Header</c>), or rules and leaders (<c>/Type /Layout</c>).
    /// </summary>
    public static void BeginArtifact(XGraphics graphics, bool pageHeader) => graphics.WriteComment(Prefix + (pageHeader ? "ART Header" : "ART Layout"));

    /// <summary>Marks the end of the innermost sequence.</summary>
    public static void End(XGraphics graphics) => graphics.WriteComment(Prefix + "EMC");

    /// <summary>The content stream <paramref name="content"/> (one operator per line, as PDFsharp writes) with its markers replaced.</summary>
    public static byte[] Rewrite(ReadOnlySpan<byte> content)
    {
        var output = new MemoryStream(content.Length + (content.Length / 8));
        var pending = new List<byte[]>();
        while (!content.IsEmpty)
        {
            var newline = content.IndexOf((byte)'\n');
            var line = newline < 0 ? content : content[..(newline + 1)];
            content = content[line.Length..];
            var text = line.TrimEnd("\r\n"u8);
            if (text.StartsWith("% pg:"u8))
            {
                var marker = text["% pg:".Length..];
                if (marker.SequenceEqual("EMC"u8))
                {
                    if (pending.Count > 0)
                    {
                        // A sequence that drew nothing: neither its beginning nor its end is written.
                        pending.RemoveAt(pending.Count - 1);
                    }
                    else
                    {
                        output.Write("EMC\n"u8);
                    }
                }
                else
                {
                    pending.Add(Operator(marker));
                }

                continue;
            }

            if (pending.Count > 0 && !IsStructural(text))
            {
                foreach (var begin in pending)
                {
                    output.Write(begin);
                }

                pending.Clear();
            }

            output.Write(line);
        }

        if (pending.Count > 0)
        {
            throw new InvalidOperationException("Marked content begun at the end of a content stream.");
        }

        return output.ToArray();
    }

    /// <summary>
    /// The operator of a beginning marker: <c>/P &lt;&lt;/MCID 12&gt;&gt; BDC</c>, <c>/Artifact &lt;&lt;/Type /Layout&gt;&gt; BDC</c> or
    /// <c>/Span &lt;&lt;/ActualText &lt;FEFF…&gt;&gt;&gt; BDC</c>.
    /// </summary>
    private static byte[] Operator(ReadOnlySpan<byte> marker)
    {
        if (marker.SequenceEqual("ART Header"u8))
        {
            return "/Artifact <</Type /Pagination /Subtype /Header>> BDC\n"u8.ToArray();
        }

        if (marker.SequenceEqual("ART Layout"u8))
        {
            return "/Artifact <</Type /Layout>> BDC\n"u8.ToArray();
        }

        if (marker.StartsWith("SPAN "u8))
        {
            // The marker carries the text string as written (PdfTextString).
            return [.. "/Span <</ActualText "u8, .. marker["SPAN ".Length..], .. ">> BDC\n"u8];
        }

        if (!marker.StartsWith("BDC "u8))
        {
            throw new InvalidOperationException($"Unknown marked-content marker '{System.Text.Encoding.ASCII.GetString(marker)}'.");
        }

        var rest = System.Text.Encoding.ASCII.GetString(marker["BDC ".Length..]);
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        return System.Text.Encoding.ASCII.GetBytes($"/{rest[..space]} <</MCID {rest[(space + 1)..]}>> BDC\n");
    }

    /// <summary>Whether a line opens or closes a text object or a graphics state (what a beginning moves past).</summary>
    private static bool IsStructural(ReadOnlySpan<byte> line) =>
        line.SequenceEqual("BT"u8) || line.SequenceEqual("ET"u8) || line.SequenceEqual("q"u8) || line.SequenceEqual("Q"u8) || line.IsEmpty;
}
