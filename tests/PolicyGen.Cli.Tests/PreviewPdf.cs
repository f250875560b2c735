using UglyToad.PdfPig;

namespace PolicyGen.Tests;

/// <summary>The words of a preview PDF, by column: left of the page's middle, right of it, and the running header.</summary>
internal sealed record PreviewPdf(int Pages, string Left, string Right, string Header)
{
    public static PreviewPdf Read(string path)
    {
        using var pdf = PdfDocument.Open(path);
        var left = new List<string>();
        var right = new List<string>();
        var header = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                // PDF user space: y up from the bottom edge; the header runs in the top 70 points.
                var target = word.BoundingBox.Bottom > page.Height - 70 ? header : word.BoundingBox.Left < page.Width / 2 ? left : right;
                target.Add(word.Text);
            }
        }

        return new PreviewPdf(pdf.NumberOfPages, string.Join(' ', left), string.Join(' ', right), string.Join(' ', header));
    }
}
