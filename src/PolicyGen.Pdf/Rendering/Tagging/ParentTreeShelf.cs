using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// Keeps the parent tree's <c>/Nums</c> short while pages are painted. PDFsharp's structure builder looks the current
/// page's entry up in <c>/Nums</c> by scanning the whole array for every marked-content item, which grows with the
/// pages painted before (a quarter of the painting time of the volume); only the current page's entry is ever looked
/// up, so the entries of finished pages are set aside after each page and put back, in order, at the end.
/// </summary>
internal sealed class ParentTreeShelf(UAManager manager)
{
    private readonly UAManager _manager = manager;
    private readonly List<PdfItem> _entries = [];

    /// <summary>Sets aside the entries of the pages painted so far.</summary>
    public void Shelve()
    {
        var nums = Nums();
        _entries.AddRange(nums.Elements);
        nums.Elements.Clear();
    }

    /// <summary>Puts every entry back before those added since the last <see cref="Shelve"/>.</summary>
    public void Restore()
    {
        var nums = Nums();
        for (var i = _entries.Count - 1; i >= 0; i--)
        {
            nums.Elements.Insert(0, _entries[i]);
        }

        _entries.Clear();
    }

    private PdfArray Nums()
    {
        var parentTree = (PdfNumberTreeNode)_manager.StructureTreeRoot.Elements.GetDictionary("/ParentTree")!;
        var nums = parentTree.Elements.GetArray("/Nums");
        if (nums is null)
        {
            nums = new PdfArray();
            parentTree.Elements.SetObject("/Nums", nums);
        }

        return nums;
    }
}
