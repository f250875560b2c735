namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>What an element of a page's logical structure is, for tagged PDF (one structure type each).</summary>
public enum StructureRole
{
    /// <summary>A heading; its <see cref="StructureNode.Level"/> is the heading level.</summary>
    Heading,

    /// <summary>A paragraph (body text, a label, a line of a title page).</summary>
    Paragraph,

    /// <summary>A list.</summary>
    List,

    /// <summary>An item of a list: its label, then its body.</summary>
    ListItem,

    /// <summary>The marker of a list item (<c>–</c>, <c>1.</c>).</summary>
    ListLabel,

    /// <summary>The blocks of a list item.</summary>
    ListBody,

    /// <summary>A table.</summary>
    Table,

    /// <summary>A row of a table.</summary>
    TableRow,

    /// <summary>A cell of a header row.</summary>
    TableHeaderCell,

    /// <summary>A cell of a body row.</summary>
    TableCell,

    /// <summary>A table of contents or summary list.</summary>
    Contents,

    /// <summary>An entry of a table of contents.</summary>
    ContentsItem,

    /// <summary>The part of an entry that links to its heading (the link area of one line).</summary>
    Link,

    /// <summary>Text in a language of its own, such as one language's part of a bilingual table cell.</summary>
    Span,

    /// <summary>A footnote at the foot of a column.</summary>
    Note,

    /// <summary>Drawn for the eye only, not read: dot leaders.</summary>
    Artifact,
}
