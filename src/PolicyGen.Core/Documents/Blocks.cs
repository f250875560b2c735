namespace PolicyGen.Documents;

/// <summary>
/// A heading. <see cref="Level"/> 1 is a chapter, annex or front-matter title, 2 a strategic objective,
/// 3 an operational objective, 4–6 the sections and actions below. <see cref="Number"/> is the numbering
/// printed before the title (<c>CHAPITRE Ier</c>, <c>IV.1.1. OO 1.1. :</c>), or null; <see cref="Title"/> is
/// the rest. A heading always has an <see cref="Block.Id"/>.
/// </summary>
public sealed record Heading(int Level, string? Number, IReadOnlyList<Inline> Title) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>What a paragraph is for; writers map each to a style.</summary>
public enum ParagraphStyle
{
    /// <summary>Body text.</summary>
    Body,

    /// <summary>A field label standing as a small block heading (<c>Statut de l'OO</c>); not a sync point by itself.</summary>
    Label,

    /// <summary>The main line of a title page (<c>NOTE D'ORIENTATION</c>).</summary>
    Title,

    /// <summary>A secondary line of a title page (<c>« Simplification administrative » 2021-2022</c>).</summary>
    Subtitle,
}

/// <summary>A paragraph of inline content.</summary>
public sealed record Paragraph(IReadOnlyList<Inline> Content, ParagraphStyle Style = ParagraphStyle.Body) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A bullet list (printed with en dashes) or a numbered list.</summary>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItem> Items) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>An item of a list: one or more blocks (paragraphs, nested lists, tables).</summary>
public sealed record ListItem(IReadOnlyList<Block> Blocks);

/// <summary>How a table column's cells are aligned.</summary>
public enum ColumnAlignment
{
    Default,
    Left,
    Center,
    Right,
}

/// <summary>A table inside one column. The first <see cref="HeaderRows"/> rows are the header, repeated on a new page.</summary>
public sealed record Table(IReadOnlyList<ColumnAlignment> Columns, IReadOnlyList<Row> Rows, int HeaderRows) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A row of a <see cref="Table"/>.</summary>
public sealed record Row(IReadOnlyList<Cell> Cells);

/// <summary>A cell of a <see cref="Table"/>.</summary>
public sealed record Cell(IReadOnlyList<Inline> Content);

/// <summary>Blocks that span both columns (in the per-language document: this language's version of them).</summary>
public sealed record FullWidth(IReadOnlyList<Block> Blocks) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A title page: its blocks stand alone on a page, before the page break that follows it.</summary>
public sealed record TitlePage(IReadOnlyList<Block> Blocks) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A page break in both columns.</summary>
public sealed record PageBreak : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>The kind of a list of entries derived from the headings.</summary>
public enum ContentsKind
{
    /// <summary>A table of contents: entries with page numbers and links.</summary>
    Contents,

    /// <summary>A summary list such as annex 1: entries printed as lines, without page numbers.</summary>
    Summary,
}

/// <summary>
/// A table of contents or a summary list (annex 1). Each entry points to a heading by id; its text is the
/// heading's number and title, which the build checks so that the list cannot disagree with the headings.
/// </summary>
public sealed record TableOfContents(ContentsKind Kind, IReadOnlyList<ContentsEntry> Entries) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>An entry of a <see cref="TableOfContents"/>: its depth (1 = top), the id of its heading, and its text.</summary>
public sealed record ContentsEntry(int Level, string TargetId, IReadOnlyList<Inline> Text);

/// <summary>
/// A table across both columns whose cells hold both languages. It only occurs in a
/// <see cref="Pairing.PairedDocument"/>, built from the French and Dutch versions of a <see cref="FullWidth"/> table.
/// </summary>
public sealed record SpanningTable(IReadOnlyList<ColumnAlignment> Columns, IReadOnlyList<SpanningRow> Rows, int HeaderRows) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A row of a <see cref="SpanningTable"/>.</summary>
public sealed record SpanningRow(IReadOnlyList<SpanningCell> Cells);

/// <summary>A cell in both languages; <see cref="Shared"/> when both say the same (a number), printed once.</summary>
public sealed record SpanningCell(IReadOnlyList<Inline> Fr, IReadOnlyList<Inline> Nl, bool Shared);
