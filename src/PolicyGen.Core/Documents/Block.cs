using PolicyGen.Diagnostics;

namespace PolicyGen.Documents;

/// <summary>
/// A block of a per-language document: a heading, a paragraph, a list, a table, a title page, a full-width
/// block, a page break or a table of contents. Blocks are immutable. A block with an <see cref="Id"/> is a sync
/// point where the French and Dutch columns meet; every <see cref="Heading"/> has one.
/// </summary>
public abstract record Block
{
    /// <summary>The block's stable id (the same in both languages), or null for a block that is not a sync point.</summary>
    public string? Id { get; init; }

    /// <summary>Where the block was written: a line of the generated Markdown, or of a source file.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>Calls the visitor's method for this kind of block.</summary>
    public abstract T Accept<T>(IBlockVisitor<T> visitor);
}
