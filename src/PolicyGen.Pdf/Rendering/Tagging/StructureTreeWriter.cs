using System.Globalization;
using System.Text;
using PdfSharp.Pdf;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// Writes a <see cref="StructureTree"/> into a document in two steps. Before the save, through PDFsharp: the keys of
/// the parent tree on the pages (<c>/StructParents</c>) and link annotations (<c>/StructParent</c>), the catalog's
/// declaration of a tagged file (<c>/MarkInfo</c>, <c>DisplayDocTitle</c>) and a placeholder structure tree root.
/// After the save, as bytes spliced into the file (<see cref="PdfSplice"/>): the root and one object per element,
/// which refer to pages and annotations by the numbers the save gave them. Tens of thousands of elements never become
/// PDFsharp objects, which the save would otherwise walk, renumber and write one by one.
/// </summary>
internal static class StructureTreeWriter
{
    /// <summary>Sets what the save must carry; the placeholder root to replace after it.</summary>
    public static PdfDictionary Prepare(PdfDocument document, StructureTree tree)
    {
        foreach (var entry in tree.ParentTree())
        {
            entry.Owner.Elements.SetInteger(entry.IsPage ? "/StructParents" : "/StructParent", entry.Key);
        }

        var root = new PdfDictionary(document);
        document.Internals.AddObject(root);
        root.Elements.SetName("/Type", "/StructTreeRoot");
        var catalog = document.Internals.Catalog;
        catalog.Elements.SetReference("/StructTreeRoot", root);
        var markInfo = new PdfDictionary(document);
        markInfo.Elements.SetBoolean("/Marked", true);
        catalog.Elements.SetObject("/MarkInfo", markInfo);
        document.ViewerPreferences.DisplayDocTitle = true;
        return root;
    }

    /// <summary>
    /// The objects of the tree once the file is saved: the root (number <paramref name="rootNumber"/>), then the
    /// elements and the parent tree, numbered from <paramref name="firstNumber"/> on.
    /// </summary>
    public static (byte[] Root, List<byte[]> Added) Write(StructureTree tree, int rootNumber, int firstNumber)
    {
        var numbers = new Dictionary<StructureElement, int>(ReferenceEqualityComparer.Instance);
        var order = new List<StructureElement>();
        Number(tree.Document, numbers, order, firstNumber);
        var parentTree = firstNumber + order.Count;

        var text = new StringBuilder();
        var added = new List<byte[]>(order.Count + 1);
        foreach (var element in order)
        {
            text.Clear();
            Element(text, element, numbers[element], element.Parent is { } parent ? numbers[parent] : rootNumber, numbers);
            added.Add(Encoding.Latin1.GetBytes(text.ToString()));
        }

        // The parent tree: an array of elements for a page's marked content, the element itself for an annotation.
        text.Clear().Append(CultureInfo.InvariantCulture, $"{parentTree} 0 obj\n<</Nums[");
        var key = 0;
        foreach (var entry in tree.ParentTree())
        {
            text.Append(CultureInfo.InvariantCulture, $"{entry.Key}");
            if (entry.IsPage)
            {
                text.Append('[');
                foreach (var element in entry.Elements)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{numbers[element]} 0 R ");
                }

                text.Append("]\n");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $" {numbers[entry.Elements[0]]} 0 R\n");
            }

            key = entry.Key + 1;
        }

        text.Append("]>>\nendobj");
        added.Add(Encoding.Latin1.GetBytes(text.ToString()));

        var root = string.Create(CultureInfo.InvariantCulture,
            $"{rootNumber} 0 obj\n<</Type/StructTreeRoot/K {numbers[tree.Document]} 0 R/ParentTree {parentTree} 0 R/ParentTreeNextKey {key}>>\nendobj");
        return (Encoding.Latin1.GetBytes(root), added);
    }

    private static void Number(StructureElement element, Dictionary<StructureElement, int> numbers, List<StructureElement> order, int first)
    {
        numbers[element] = first + order.Count;
        order.Add(element);
        foreach (var kid in element.Kids)
        {
            if (kid.Element is { } child)
            {
                Number(child, numbers, order, first);
            }
        }
    }

    private static void Element(StringBuilder text, StructureElement element, int number, int parent, Dictionary<StructureElement, int> numbers)
    {
        text.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n<</Type/StructElem/S/{element.Type}/P {parent} 0 R");
        if (element.Page is { } page)
        {
            text.Append(CultureInfo.InvariantCulture, $"/Pg {page.Reference!.ObjectNumber} 0 R");
        }

        if (element.Language is { } language)
        {
            text.Append("/Lang");
            PdfTextString.Append(text, language);
        }

        if (element.Title is { } title)
        {
            text.Append("/T");
            PdfTextString.Append(text, title);
        }

        if (element.ColumnHeader)
        {
            text.Append("/A<</O/Table/Scope/Column>>");
        }

        text.Append("/K[");
        foreach (var kid in element.Kids)
        {
            if (kid.Element is { } child)
            {
                text.Append(CultureInfo.InvariantCulture, $"{numbers[child]} 0 R ");
            }
            else if (kid.Annotation is { } annotation)
            {
                text.Append(CultureInfo.InvariantCulture, $"<</Type/OBJR/Obj {annotation.Reference!.ObjectNumber} 0 R/Pg {element.Page!.Reference!.ObjectNumber} 0 R>> ");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"{kid.Mcid} ");
            }
        }

        text.Append("]>>\nendobj");
    }
}
