using PolicyGen.Model;

namespace PolicyGen.Documents;

/// <summary>
/// One note (or the volume's cover) in one language: its blocks in reading order and its footnotes, numbered
/// from 1 in the order they are called. <see cref="Source"/> names the generated Markdown it was read from.
/// </summary>
public sealed record Document(string Name, Language Language, string Source, IReadOnlyList<Block> Blocks, IReadOnlyList<Footnote> Footnotes);

/// <summary>A footnote: its number and its text.</summary>
public sealed record Footnote(int Number, IReadOnlyList<Block> Blocks);
