using PolicyGen.Pdf.Hyphenation;

namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>
/// The whole line-level pipeline for one paragraph: runs → items (<see cref="ParagraphItemBuilder"/>) → breaks
/// (<see cref="KnuthPlassLineBreaker"/>) → placed lines (<see cref="LineSetter"/>). Stateless and thread-safe if its
/// metrics and hyphenator are.
/// </summary>
public sealed class ParagraphTypesetter
{
    private readonly IFontMetrics _metrics;
    private readonly ParagraphItemBuilder _builder;
    private readonly KnuthPlassLineBreaker _breaker;

    /// <summary>A typesetter for one language.</summary>
    /// <param name="metrics">Font metrics (the same the painter draws with).</param>
    /// <param name="hyphenator">The language's hyphenator, or <c>null</c> for none.</param>
    /// <param name="parameters">Line breaking parameters.</param>
    /// <param name="options">Item building options.</param>
    public ParagraphTypesetter(
        IFontMetrics metrics, IHyphenator? hyphenator, LineBreakParameters? parameters = null, ItemBuilderOptions? options = null)
    {
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _builder = new ParagraphItemBuilder(metrics, hyphenator, options);
        _breaker = new KnuthPlassLineBreaker(parameters);
    }

    /// <summary>Sets <paramref name="runs"/> in lines of <paramref name="shape"/>.</summary>
    public TypesetParagraph Typeset(IReadOnlyList<TextRun> runs, ParagraphShape shape)
    {
        var items = _builder.Build(runs);
        var result = _breaker.Break(items, shape);
        return new TypesetParagraph(result, [.. result.Lines.Select(line => LineSetter.Set(items, line, _metrics))]);
    }
}
