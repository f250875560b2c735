using PolicyGen.Model;

namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>
/// One element of the logical structure a line belongs to. Lines that carry a node with the same
/// <see cref="Key"/> belong to the same element (the lines of one paragraph, the cells of one row); keys are unique
/// within one layout of a document (each formatter numbers from its own base, see <c>FlowFormatter</c>). <see cref="Level"/> is a heading's level (else 0); <see cref="Language"/> is set
/// when the element's language is not the one of its region (the two languages of a bilingual table cell).
/// </summary>
public sealed record StructureNode(StructureRole Role, long Key, int Level = 0, Language? Language = null);
