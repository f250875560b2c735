using PolicyGen.Pdf.Layout.Pagination;
using PolicyGen.Pdf.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace PolicyGen.Tests.Rendering;

/// <summary>The tables of contents of the real notes, read back from the PDF: printed page numbers and links.</summary>
public class ContentsLinkTests
{
    private static readonly double PageHeight = PageSettings.Default.PageHeight;

    [Fact]
    public void In_the_volume_every_contents_entry_prints_the_page_of_its_heading_and_links_to_it() =>
        AssertContents(ContentPdf.Layout, ContentPdf.Pdf);

    [Fact]
    public void In_a_note_alone_the_entries_print_the_volume_page_and_link_to_the_page_of_the_file()
    {
        // As the command line writes each note: its pages of the volume layout, numbered as in the volume.
        var note = ContentPdf.Documents.First(d => d.Name == "simplification");
        var layout = ContentPdf.Layout.Only(note.Name);
        using var stream = new MemoryStream();
        PdfVolumeWriter.Paint(layout, [note], stream, ContentPdf.Options);
        Assert.True(layout.Pages[0].Number > 1, "the note does not start the volume, so printed and file page numbers differ");
        AssertContents(layout, stream.ToArray());
    }

    private static void AssertContents(LayoutResult layout, byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var first = layout.Pages[0].Number;
        var numbered = 0;
        foreach (var laid in layout.Pages.Where(p => p.Links.Count > 0))
        {
            var page = pdf.GetPage(laid.Number - first + 1);
            var annotations = page.GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();
            Assert.Equal(laid.Links.Count, annotations.Count);
            var words = page.GetWords().ToList();
            foreach (var link in laid.Links)
            {
                var top = PageHeight - link.Y;
                var bottom = top - link.Height;
                var annotation = annotations.Single(a => Math.Abs(a.Rectangle.Top - top) < 0.5 && Math.Abs(a.Rectangle.Left - link.X) < 0.5);

                // The link goes to the page where the heading stands, at the heading's top.
                var headingPage = layout.AnchorPages[(laid.Document, link.Target)];
                var target = layout.Pages[headingPage - first];
                var action = Assert.IsAssignableFrom<AbstractGoToAction>(annotation.Action);
                Assert.Equal(headingPage - first + 1, action.Destination.PageNumber);
                Assert.Equal(PageHeight - target.Anchors.Where(a => a.Id == link.Target).Min(a => a.Y), action.Destination.Coordinates.Top ?? double.NaN, 1);

                // The last line of an entry ends with dot leaders and the printed page number, at the link's right end.
                var inside = words.Where(w => w.BoundingBox.Centroid.Y < top && w.BoundingBox.Centroid.Y > bottom
                    && w.BoundingBox.Left >= link.X - 0.5 && w.BoundingBox.Right <= link.X + link.Width + 0.5).OrderBy(w => w.BoundingBox.Left).ToList();
                if (inside.Any(w => w.Text == "."))
                {
                    Assert.Equal(headingPage.ToString(System.Globalization.CultureInfo.InvariantCulture), inside[^1].Text);
                    numbered++;
                }
            }
        }

        Assert.True(numbered > 50, $"only {numbered} numbered entries were checked");
    }
}
