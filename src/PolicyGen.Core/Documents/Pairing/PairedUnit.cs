using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Documents.Pairing;

/// <summary>What starts a unit.</summary>
public enum UnitKind
{
    /// <summary>The blocks before the first sync point.</summary>
    Preamble,

    /// <summary>A heading and the blocks up to the next sync point.</summary>
    Heading,

    /// <summary>A block with an explicit id (a labelled section, a table) and the blocks that follow it.</summary>
    Block,

    /// <summary>A title page.</summary>
    TitlePage,

    /// <summary>Content spanning both columns; see <see cref="PairedUnit.Spanning"/>.</summary>
    FullWidth,

    /// <summary>A page break.</summary>
    PageBreak,

    /// <summary>A table of contents or a summary list.</summary>
    Contents,
}

/// <summary>
/// A stretch of the note in both languages, from one sync point to the next. <see cref="Fr"/> and
/// <see cref="Nl"/> are set in their columns, each flowing on its own (across pages if needed) until the next
/// unit, where both columns start again at the same height. For a <see cref="UnitKind.FullWidth"/> unit,
/// <see cref="Spanning"/> holds the tables merged into <see cref="SpanningTable"/>s with both languages per
/// cell, set across both columns, while <see cref="Fr"/> and <see cref="Nl"/> hold the unit's per-language
/// blocks (the <see cref="FullWidth"/> container first, then what follows it before the next sync point).
/// </summary>
/// <param name="Id">The sync point's id, the same in both languages (empty for the preamble).</param>
/// <param name="Kind">What starts the unit.</param>
/// <param name="Fr">The French blocks, the sync block first.</param>
/// <param name="Nl">The Dutch blocks, the sync block first.</param>
/// <param name="Spanning">For a full-width unit, the merged bilingual tables; otherwise empty.</param>
/// <param name="Source">Where the unit came from: the source file of the objective, action or section when the id names one, else the generated Markdown.</param>
public sealed record PairedUnit(
    string Id,
    UnitKind Kind,
    IReadOnlyList<Block> Fr,
    IReadOnlyList<Block> Nl,
    IReadOnlyList<Block> Spanning,
    SourceLocation Source)
{
    /// <summary>The blocks of a language.</summary>
    public IReadOnlyList<Block> Of(Language language) => language == Language.Fr ? Fr : Nl;
}
