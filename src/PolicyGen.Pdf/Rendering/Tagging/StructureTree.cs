using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// The structure of a tagged document while it is painted: the <c>Document</c> element, the marked content of each
/// page (which element each marked-content id belongs to: the page's entry of the parent tree) and the links.
/// </summary>
internal sealed class StructureTree
{
    private readonly List<(PdfPage Page, List<StructureElement> Marked)> _pages = [];
    private readonly List<(StructureElement Element, PdfLinkAnnotation Annotation)> _links = [];

    public StructureElement Document { get; } = new("Document", null);

    /// <summary>
    /// The entries of the parent tree, in the order of their keys (0, 1, 2…): each page with marked content (its
    /// elements by marked-content id), then each link annotation (its link element).
    /// </summary>
    public IEnumerable<ParentTreeEntry> ParentTree()
    {
        var key = 0;
        foreach (var (page, marked) in _pages.Where(p => p.Marked.Count > 0))
        {
            yield return new ParentTreeEntry(key++, page, marked, IsPage: true);
        }

        foreach (var (element, annotation) in _links)
        {
            yield return new ParentTreeEntry(key++, annotation, [element], IsPage: false);
        }
    }

    /// <summary>Starts the marked content of <paramref name="page"/>: the list its marked-content ids index.</summary>
    public List<StructureElement> BeginPage(PdfPage page)
    {
        var marked = new List<StructureElement>();
        _pages.Add((page, marked));
        return marked;
    }

    /// <summary>
    /// Puts <paramref name="annotation"/> (read as <paramref name="text"/>) on <paramref name="page"/>, as a kid of the
    /// link element <paramref name="element"/>.
    /// </summary>
    public void AddLink(StructureElement element, PdfLinkAnnotation annotation, PdfPage page, string text)
    {
        annotation.Elements.SetString("/Contents", text);
        page.Annotations.Add(annotation);

        // With annotations, the tab order follows the structure.
        page.Elements.SetName("/Tabs", "/S");
        element.Page ??= page;
        element.Kids.Add(new StructureKid(null, -1, annotation));
        _links.Add((element, annotation));
    }
}

/// <summary>
/// An entry of the parent tree: its key, the page or annotation that carries it (<c>/StructParents</c> on a page,
/// <c>/StructParent</c> on an annotation) and the elements it leads back to (by marked-content id on a page; the one
/// link element of an annotation).
/// </summary>
internal readonly record struct ParentTreeEntry(int Key, PdfDictionary Owner, IReadOnlyList<StructureElement> Elements, bool IsPage);
