namespace PolicyGen.Documents;

/// <summary>
/// One method per kind of block. Writers implement it, so that a writer that does not handle a kind of block
/// does not compile.
/// </summary>
public interface IBlockVisitor<out T>
{
    T Visit(Heading heading);

    T Visit(Paragraph paragraph);

    T Visit(ListBlock list);

    T Visit(Table table);

    T Visit(FullWidth fullWidth);

    T Visit(TitlePage titlePage);

    T Visit(PageBreak pageBreak);

    T Visit(TableOfContents contents);

    T Visit(SpanningTable table);
}

/// <summary>One method per kind of inline; see <see cref="IBlockVisitor{T}"/>.</summary>
public interface IInlineVisitor<out T>
{
    T Visit(Text text);

    T Visit(Strong strong);

    T Visit(Emphasis emphasis);

    T Visit(LineBreak lineBreak);

    T Visit(FootnoteReference footnote);

    T Visit(Link link);
}
