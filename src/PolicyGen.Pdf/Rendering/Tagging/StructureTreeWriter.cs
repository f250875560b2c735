using PdfSharp.Pdf;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// Writes a <see cref="StructureTree"/> into a document: the structure tree root and its elements, the parent tree
/// (each page's marked-content ids and each link annotation back to their elements), and the catalog's declaration
/// of a tagged file (<c>/MarkInfo</c>, <c>DisplayDocTitle</c>).
/// </summary>
internal static class StructureTreeWriter
{
    public static void Write(PdfDocument document, StructureTree tree)
    {
        var root = Indirect(document);
        root.Elements.SetName("/Type", "/StructTreeRoot");
        var elements = new Dictionary<StructureElement, PdfDictionary>(ReferenceEqualityComparer.Instance);
        var top = Element(document, tree.Document, root, elements);
        root.Elements.SetReference("/K", top);

        // The parent tree: key i for the i-th page's marked content, then one key per link annotation.
        var nums = new PdfArray(document);
        var key = 0;
        foreach (var (page, marked) in tree.Pages)
        {
            if (marked.Count == 0)
            {
                continue;
            }

            var parents = new PdfArray(document);
            foreach (var element in marked)
            {
                parents.Elements.Add(elements[element].Reference!);
            }

            page.Elements.SetInteger("/StructParents", key);
            nums.Elements.Add(new PdfInteger(key++));
            nums.Elements.Add(parents);
        }

        foreach (var (element, annotation) in tree.Links)
        {
            annotation.Elements.SetInteger("/StructParent", key);
            nums.Elements.Add(new PdfInteger(key++));
            nums.Elements.Add(elements[element].Reference!);
        }

        var parentTree = new PdfDictionary(document);
        parentTree.Elements.SetObject("/Nums", nums);
        root.Elements.SetObject("/ParentTree", parentTree);
        root.Elements.SetInteger("/ParentTreeNextKey", key);

        var catalog = document.Internals.Catalog;
        catalog.Elements.SetReference("/StructTreeRoot", root);
        var markInfo = new PdfDictionary(document);
        markInfo.Elements.SetBoolean("/Marked", true);
        catalog.Elements.SetObject("/MarkInfo", markInfo);
        document.ViewerPreferences.DisplayDocTitle = true;
    }

    /// <summary>The element as an indirect dictionary, its kids first written the same way.</summary>
    private static PdfDictionary Element(PdfDocument document, StructureElement element, PdfDictionary parent, Dictionary<StructureElement, PdfDictionary> written)
    {
        var dictionary = Indirect(document);
        written[element] = dictionary;
        dictionary.Elements.SetName("/Type", "/StructElem");
        dictionary.Elements.SetName("/S", "/" + element.Type);
        dictionary.Elements.SetReference("/P", parent);
        if (element.Page is { } page)
        {
            dictionary.Elements.SetReference("/Pg", page);
        }

        if (element.Language is { } language)
        {
            dictionary.Elements.SetString("/Lang", language);
        }

        if (element.Title is { } title)
        {
            dictionary.Elements.SetString("/T", title);
        }

        if (element.ColumnHeader)
        {
            var attributes = new PdfDictionary(document);
            attributes.Elements.SetName("/O", "/Table");
            attributes.Elements.SetName("/Scope", "/Column");
            dictionary.Elements.SetObject("/A", attributes);
        }

        var kids = new PdfArray(document);
        foreach (var kid in element.Kids)
        {
            if (kid.Element is { } child)
            {
                kids.Elements.Add(Element(document, child, dictionary, written).Reference!);
            }
            else if (kid.Annotation is { } annotation)
            {
                var reference = new PdfDictionary(document);
                reference.Elements.SetName("/Type", "/OBJR");
                reference.Elements.SetReference("/Obj", annotation);
                reference.Elements.SetReference("/Pg", element.Page!);
                kids.Elements.Add(reference);
            }
            else
            {
                kids.Elements.Add(new PdfInteger(kid.Mcid));
            }
        }

        dictionary.Elements.SetObject("/K", kids);
        return dictionary;
    }

    private static PdfDictionary Indirect(PdfDocument document)
    {
        var dictionary = new PdfDictionary(document);
        document.Internals.AddObject(dictionary);
        return dictionary;
    }
}
