using System.IO.Compression;
using PdfSharp.Pdf;
using PolicyGen.Pdf.Rendering.Tagging;

namespace PolicyGen.Pdf.Rendering;

/// <summary>
/// Finishes the content streams of a painted page: the marked-content markers of a tagged page become operators
/// (<see cref="MarkedContent"/>), then each stream is deflated (<c>/FlateDecode</c>) as a complete zlib stream. PDFsharp
/// 6.2's own compression leaves streams that qpdf reports as unterminated, so it is off; this keeps the file (and the
/// memory a large volume needs while it is painted and saved) a third of the size the plain streams would take.
/// </summary>
internal static class PageContent
{
    public static void Finish(PdfPage page, bool tagged)
    {
        foreach (var content in page.Contents)
        {
            if (content.Stream?.Value is not { Length: > 0 } bytes || content.Elements.ContainsKey("/Filter"))
            {
                continue;
            }

            var finished = tagged ? MarkedContent.Rewrite(bytes) : bytes;
            content.Stream.Value = Deflate(finished);
            content.Elements.SetName("/Filter", "/FlateDecode");
        }
    }

    private static byte[] Deflate(byte[] bytes)
    {
        using var output = new MemoryStream(bytes.Length / 3);
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(bytes);
        }

        return output.ToArray();
    }
}
