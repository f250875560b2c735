using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Docx.Styles;
using PolicyGen.Documents;

namespace PolicyGen.Docx.Writing;

/// <summary>
/// A table of contents written pre-filled: one paragraph per entry (a link to the heading's bookmark, a dot
/// leader, a <c>PAGEREF</c> whose cached result is the PDF's page when known), all inside a <c>TOC</c> field
/// that Word can refresh. The outline language's field collects outline levels (<c>\o</c>); the other's
/// collects its look-alike heading styles (<c>\t</c>). Both are limited to the note's bookmark (<c>\b</c>).
/// A summary list (annex 1) is written as linked lines, without field or page numbers. A table of contents is
/// laid across the page (see <see cref="DocumentLayout"/>); a summary list stays in its column.
/// </summary>
internal static class ContentsWriter
{
    public static IReadOnlyList<OpenXmlElement> Write(ColumnScope scope, TableOfContents contents)
    {
        var paragraphs = new List<OpenXmlElement>();
        var withPages = contents.Kind == ContentsKind.Contents;
        foreach (var entry in contents.Entries)
        {
            var anchor = Bookmarks.Name(scope.Document, scope.Language, entry.TargetId);
            var link = new Hyperlink(InlineWriter.Write(scope, entry.Text, inLink: true)) { Anchor = anchor, History = true };
            if (withPages)
            {
                link.Append(new Run(InlineWriter.Properties(scope.Language), new TabChar()));
                var page = scope.Context.PageOf(scope.Document, scope.Language, entry.TargetId);
                link.Append(Paragraphs.Field("PAGEREF " + anchor + " \\h", page?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, scope.Language));
            }

            paragraphs.Add(Paragraphs.Create(StyleIds.Toc(entry.Level, scope.Language), scope.Language, [link]));
        }

        if (!withPages)
        {
            return paragraphs;
        }

        if (paragraphs.Count == 0)
        {
            paragraphs.Add(Paragraphs.Create(StyleIds.Toc(1, scope.Language), scope.Language, []));
        }

        var depth = Math.Clamp(contents.Entries.Count == 0 ? 3 : contents.Entries.Max(e => e.Level), 1, StyleIds.MaxTocLevel);
        var first = (DocumentFormat.OpenXml.Wordprocessing.Paragraph)paragraphs[0];
        var anchorPoint = first.ParagraphProperties!;
        foreach (var run in Paragraphs.FieldStart(Instruction(scope, depth)).Reverse())
        {
            anchorPoint.InsertAfterSelf(run);
        }

        paragraphs[^1].AppendChild(Paragraphs.FieldEnd());
        return paragraphs;
    }

    private static string Instruction(ColumnScope scope, int depth)
    {
        var range = "\\b " + Bookmarks.DocumentName(scope.Document) + " \\h \\z";
        if (scope.Language == scope.Context.Outline)
        {
            return "TOC \\o \"1-" + depth.ToString(CultureInfo.InvariantCulture) + "\" " + range + " \\u";
        }

        var styles = new StringBuilder();
        for (var level = 1; level <= depth; level++)
        {
            if (styles.Length > 0)
            {
                styles.Append(',');
            }

            styles.Append(StyleIds.HeadingName(level, scope.Language, scope.Context.Outline)).Append(',').Append(level.ToString(CultureInfo.InvariantCulture));
        }

        return "TOC \\t \"" + styles + "\" " + range;
    }
}
