using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// Ties link annotations to their <c>Link</c> structure elements (an <c>/OBJR</c> in the element, the element in the
/// parent tree under the annotation's <c>/StructParent</c>), once every page is painted. PDFsharp's
/// <c>BeginElement(PdfLinkAnnotation, …)</c> does the same at once, but every parent-tree entry it adds for an
/// annotation is scanned again for each later marked-content item, which made tagging cost as much as painting itself
/// on a volume with a few thousand contents links.
/// </summary>
internal sealed class LinkObjects
{
    private readonly List<(PdfStructureElement Element, PdfLinkAnnotation Annotation, PdfPage Page)> _links = [];

    /// <summary>Puts <paramref name="annotation"/> on <paramref name="page"/> (read as <paramref name="text"/>) for the element <paramref name="element"/>.</summary>
    public void Add(PdfStructureElement element, PdfLinkAnnotation annotation, PdfPage page, string text)
    {
        annotation.Elements.SetString("/Contents", text);
        page.Annotations.Add(annotation);

        // With annotations, the tab order follows the structure.
        page.Elements.SetName("/Tabs", "/S");
        _links.Add((element, annotation, page));
    }

    /// <summary>Writes the object references and parent-tree entries of every link added.</summary>
    public void Close(UAManager manager)
    {
        var root = manager.StructureTreeRoot;
        var parentTree = (PdfNumberTreeNode)root.Elements.GetDictionary("/ParentTree")!;
        var key = root.Elements.GetInteger("/ParentTreeNextKey");
        foreach (var (element, annotation, page) in _links)
        {
            var reference = new PdfObjectReference();
            reference.Elements.SetName("/Type", "/OBJR");
            reference.Elements.SetReference("/Obj", annotation);
            reference.Elements.SetReference("/Pg", page);
            var kids = element.Elements.GetArray("/K");
            if (kids is null)
            {
                kids = new PdfArray();
                element.Elements.SetObject("/K", kids);
            }

            kids.Elements.Add(reference);
            annotation.Elements.SetInteger("/StructParent", key);
            parentTree.AddNumber(key, element);
            key++;
        }

        root.Elements.SetInteger("/ParentTreeNextKey", key);
        _links.Clear();
    }
}
