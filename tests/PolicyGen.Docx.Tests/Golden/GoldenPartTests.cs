using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.GoldenParts;

/// <summary>
/// The parts that matter of the minimal note's DOCX (document, styles, numbering, footnotes), indented,
/// compared with the committed <c>*.verified.xml</c> files (accept with <c>POLICYGEN_ACCEPT=1</c>).
/// </summary>
public sealed class GoldenPartTests
{
    private static readonly Lazy<byte[]> MinimalNote = new(() => Samples.Docx(Samples.Minimal, [Samples.Paired(Samples.Minimal, "open-data")]));

    [Theory]
    [InlineData("word/document.xml", "document")]
    [InlineData("word/styles.xml", "styles")]
    [InlineData("word/numbering.xml", "numbering")]
    [InlineData("word/footnotes.xml", "footnotes")]
    [InlineData("word/settings.xml", "settings")]
    [InlineData("docProps/core.xml", "core")]
    public void Minimal_note_part(string part, string name) =>
        Golden.AssertMatches(Path.Combine(Folder(), $"minimal.open-data.{name}.verified.xml"), DocxParts.Pretty(MinimalNote.Value, part));

    [Fact]
    public void Minimal_note_entries() =>
        Golden.AssertMatches(Path.Combine(Folder(), "minimal.open-data.entries.verified.txt"), string.Join('\n', DocxParts.Entries(MinimalNote.Value)) + "\n");

    private static string Folder() => Repo.Path("tests", "PolicyGen.Docx.Tests", "Golden");
}
