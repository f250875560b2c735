using PolicyGen.Docx.Numbering;
using PolicyGen.Model;

namespace PolicyGen.Docx.Writing;

/// <summary>
/// What the writers of one package share: the page, the outline language, the list numbering, the footnotes,
/// the bookmarks and the external links. Every id is allocated in reading order, so the same input gives the
/// same ids.
/// </summary>
internal sealed class WriterContext(PageSetup page, Language outline, Func<string, Language, string, int?>? pageNumberOf, Func<Uri, string> linkRelationship)
{
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);

    public PageSetup Page { get; } = page;

    public Language Outline { get; } = outline;

    public ListNumbering Lists { get; } = new();

    public FootnoteStore Footnotes { get; } = new();

    public Bookmarks Bookmarks { get; } = new();

    /// <summary>The cached page number of a heading, when the PDF layout knows it.</summary>
    public int? PageOf(string document, Language language, string id) => pageNumberOf?.Invoke(document, language, id);

    /// <summary>The relationship id of an external link, one per distinct address.</summary>
    public string LinkId(Uri uri)
    {
        var key = uri.OriginalString;
        if (!_links.TryGetValue(key, out var id))
        {
            id = linkRelationship(uri);
            _links.Add(key, id);
        }

        return id;
    }
}
