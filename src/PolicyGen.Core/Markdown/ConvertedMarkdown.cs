using PolicyGen.Documents;

namespace PolicyGen.Markdown;

/// <summary>The document tree read from a Markdown text: its blocks and its footnotes, numbered in call order.</summary>
public sealed record ConvertedMarkdown(IReadOnlyList<Block> Blocks, IReadOnlyList<Footnote> Footnotes);
