using PolicyGen.Documents;
using PolicyGen.Documents.Pairing;
using PolicyGen.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace PolicyGen.Tests.Rendering;

/// <summary>The outline of the real volume against the heading tree of its documents.</summary>
public class BookmarkTreeTests
{
    [Fact]
    public void Bookmarks_are_the_documents_and_under_each_its_headings_of_levels_one_to_three()
    {
        using var pdf = PdfDocument.Open(ContentPdf.Pdf);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var documents = ContentPdf.Documents;
        Assert.Equal(documents.Count, bookmarks.Roots.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var root = Assert.IsType<DocumentBookmarkNode>(bookmarks.Roots[i]);
            Assert.Equal(ContentPdf.Layout.Pages.First(p => p.Document == documents[i].Name).Number, root.PageNumber);
            Assert.Equal(Expected(documents[i]), Flatten(root.Children, 1).ToList());
        }
    }

    [Fact]
    public void Each_note_has_its_chapters_annexes_strategic_and_operational_objectives()
    {
        using var pdf = PdfDocument.Open(ContentPdf.Pdf);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var notes = bookmarks.Roots.Skip(1).ToList();
        Assert.Equal(3, notes.Count);
        Assert.All(notes, note =>
        {
            Assert.Contains(note.Children, c => c.Title.StartsWith("CHAPITRE Ier", StringComparison.Ordinal));
            var chapter4 = Assert.Single(note.Children, c => c.Title.StartsWith("CHAPITRE IV", StringComparison.Ordinal));
            Assert.Contains(note.Children, c => c.Title.StartsWith("Annexe", StringComparison.Ordinal));
            Assert.NotEmpty(chapter4.Children);
            Assert.All(chapter4.Children, os => Assert.Contains(" OS ", os.Title, StringComparison.Ordinal));
            Assert.Contains(chapter4.Children.SelectMany(os => os.Children), oo => oo.Title.Contains(" OO ", StringComparison.Ordinal));
        });
    }

    /// <summary>The headings of levels 1–3 in the first column's language, nested by level, with the page of each.</summary>
    private static List<(int Depth, string Title, int Page)> Expected(PairedDocument document)
    {
        var language = document.Columns.Count > 0 ? document.Columns[0] : Language.Fr;
        var open = new Stack<int>();
        var expected = new List<(int, string, int)>();
        foreach (var heading in BlockWalker.All(document.Of(language).Blocks).OfType<Heading>().Where(h => h.Level <= 3 && h.Id is not null))
        {
            if (!ContentPdf.Layout.AnchorPages.TryGetValue((document.Name, heading.Id!), out var page))
            {
                continue;
            }

            while (open.Count > 0 && open.Peek() >= heading.Level)
            {
                open.Pop();
            }

            expected.Add((open.Count + 1, InlineText.Of(heading).Replace('\u202F', ' ').Replace('\u00A0', ' '), page));
            open.Push(heading.Level);
        }

        return expected;
    }

    private static IEnumerable<(int Depth, string Title, int Page)> Flatten(IEnumerable<BookmarkNode> nodes, int depth) =>
        nodes.SelectMany(node => Flatten(node.Children, depth + 1).Prepend((depth, node.Title, ((DocumentBookmarkNode)node).PageNumber)));
}
