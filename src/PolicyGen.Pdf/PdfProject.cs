namespace PolicyGen.Pdf;

/// <summary>The PDF writer: the A-453 parallel layout engine, painted through PDFsharp.</summary>
public static class PdfProject
{
    public const string Name = "PolicyGen.Pdf";
}
