using PolicyGen.Model;

namespace PolicyGen.Documents.Pairing;

/// <summary>
/// A note in both languages, cut into <see cref="Units"/> that stand side by side: the input of the PDF layout
/// engine and of the DOCX writer. Unit <c>n</c> of the French column faces unit <c>n</c> of the Dutch column;
/// both columns start each unit at the same height. Footnotes are numbered per language.
/// </summary>
/// <param name="Name">The note's id (or <c>volume</c> for the cover).</param>
/// <param name="Columns">The order of the columns on the page: <c>[fr, nl]</c> by default.</param>
/// <param name="Units">The units in reading order.</param>
/// <param name="French">The French document the units were cut from.</param>
/// <param name="Dutch">The Dutch document the units were cut from.</param>
public sealed record PairedDocument(
    string Name,
    IReadOnlyList<Language> Columns,
    IReadOnlyList<PairedUnit> Units,
    Document French,
    Document Dutch)
{
    /// <summary>The footnotes of a language, numbered from 1.</summary>
    public IReadOnlyList<Footnote> Footnotes(Language language) => Of(language).Footnotes;

    /// <summary>The per-language document of a language.</summary>
    public Document Of(Language language) => language == Language.Fr ? French : Dutch;
}
