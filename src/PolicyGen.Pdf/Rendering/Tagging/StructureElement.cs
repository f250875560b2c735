using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// An element of the structure tree as it is painted: its type (<c>P</c>, <c>H2</c>, <c>TD</c>…), its attributes,
/// and its kids in reading order: elements, marked content of its page, link annotations. Written as PDF objects by
/// <see cref="StructureTreeWriter"/> once every page is painted.
/// </summary>
internal sealed class StructureElement(string type, StructureElement? parent)
{
    public string Type { get; } = type;

    public StructureElement? Parent { get; } = parent;

    public List<StructureKid> Kids { get; } = [];

    /// <summary>The page of the element's marked content (an element never goes on over a page).</summary>
    public PdfPage? Page { get; set; }

    /// <summary>The language (<c>/Lang</c>) when it differs from the parent's, else null.</summary>
    public string? Language { get; set; }

    /// <summary>The title (<c>/T</c>): the note's name, for a part.</summary>
    public string? Title { get; set; }

    /// <summary>A header cell of a column (<c>/Scope /Column</c>).</summary>
    public bool ColumnHeader { get; set; }

    /// <summary>Adds and returns a child element.</summary>
    public StructureElement Add(string childType)
    {
        var child = new StructureElement(childType, this);
        Kids.Add(new StructureKid(child, -1, null));
        return child;
    }
}

/// <summary>A kid of a structure element: an element, a marked-content id on the element's page, or a link annotation.</summary>
internal readonly record struct StructureKid(StructureElement? Element, int Mcid, PdfLinkAnnotation? Annotation);
