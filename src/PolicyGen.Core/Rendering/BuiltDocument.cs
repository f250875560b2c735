using PolicyGen.Documents.Pairing;
using PolicyGen.Model;

namespace PolicyGen.Rendering;

/// <summary>
/// One document of the volume (the cover, named <c>volume</c>, or a note, named by its id): its Markdown in
/// each language, as written to <c>&lt;name&gt;.&lt;lang&gt;.md</c>, and the paired document tree.
/// </summary>
/// <param name="Name">The document's name: <c>volume</c> or the note's id.</param>
/// <param name="French">The French Markdown (typography applied).</param>
/// <param name="Dutch">The Dutch Markdown (typography applied).</param>
/// <param name="Paired">The paired tree, or null when the two languages could not be paired.</param>
public sealed record BuiltDocument(string Name, string French, string Dutch, PairedDocument? Paired)
{
    public string Markdown(Language language) => language == Language.Fr ? French : Dutch;

    /// <summary>The file name of a language's Markdown: <c>open-data.fr.md</c>.</summary>
    public string MarkdownFile(Language language) => $"{Name}.{language.Code()}.md";

    /// <summary>The file name of the paired tree's dump: <c>open-data.ast.txt</c>.</summary>
    public string AstFile => $"{Name}.ast.txt";
}

/// <summary>The documents of a volume, cover first, then the notes in the volume's order.</summary>
public sealed record BuiltVolume(IReadOnlyList<BuiltDocument> Documents);
