namespace PolicyGen.Documents;

/// <summary>A run of text inside a paragraph, heading, table cell or entry: text, emphasis, a link, a note call.</summary>
public abstract record Inline
{
    /// <summary>Calls the visitor's method for this kind of inline.</summary>
    public abstract T Accept<T>(IInlineVisitor<T> visitor);
}

/// <summary>Plain text, with its typography applied (no-break and narrow no-break spaces included).</summary>
public sealed record Text(string Value) : Inline
{
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Bold text (<c>**…**</c>), such as a run-in sub-head.</summary>
public sealed record Strong(IReadOnlyList<Inline> Content) : Inline
{
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Italic text (<c>*…*</c>).</summary>
public sealed record Emphasis(IReadOnlyList<Inline> Content) : Inline
{
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A forced line break inside a paragraph.</summary>
public sealed record LineBreak : Inline
{
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>The call of a footnote; <see cref="Number"/> is its number in the note and language (1, 2…).</summary>
public sealed record FootnoteReference(int Number) : Inline
{
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>
/// A link: to a block of the same document when <see cref="Target"/> is <c>#id</c>, else to a URL.
/// </summary>
public sealed record Link(string Target, IReadOnlyList<Inline> Content) : Inline
{
    /// <summary>Whether the link points to a block of the document (<c>#id</c>).</summary>
    public bool IsInternal => Target.StartsWith('#');

    /// <summary>The id an internal link points to, without <c>#</c>.</summary>
    public string TargetId => IsInternal ? Target[1..] : string.Empty;

    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}
