using PolicyGen.Documents.Pairing;
using PolicyGen.Model;
using PolicyGen.Rendering;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.GoldenFiles;

/// <summary>
/// The Markdown and the paired document tree of <c>samples/minimal</c> and of one full note of
/// <c>content/2021-2022</c>, compared with the committed <c>*.verified.*</c> files.
/// </summary>
public sealed class GoldenTests
{
    private static readonly Lazy<BuiltVolume> Minimal = new(() => SampleBuilds.Build(Repo.Path("samples", "minimal")));

    private static readonly Lazy<BuiltVolume> Content = new(() => SampleBuilds.Build(Repo.Path("content", "2021-2022")));

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public void Minimal_note_markdown(string language) =>
        GoldenFile.Verify(Document(Minimal.Value, "open-data").Markdown(Parse(language)), $"minimal.open-data.{language}", "md");

    [Fact]
    public void Minimal_note_document_tree() =>
        GoldenFile.Verify(Dump(Minimal.Value, "open-data"), "minimal.open-data.ast", "txt");

    [Fact]
    public void Minimal_cover_document_tree() =>
        GoldenFile.Verify(Dump(Minimal.Value, VolumeBuilder.CoverName), "minimal.volume.ast", "txt");

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public void Simplification_note_markdown(string language) =>
        GoldenFile.Verify(Document(Content.Value, "simplification").Markdown(Parse(language)), $"content.simplification.{language}", "md");

    [Fact]
    public void Simplification_note_document_tree() =>
        GoldenFile.Verify(Dump(Content.Value, "simplification"), "content.simplification.ast", "txt");

    [Fact]
    public void Every_note_of_the_content_pairs() =>
        Assert.All(Content.Value.Documents, d => Assert.NotNull(d.Paired));

    /// <summary>The dump, with source paths relative to the repository so that the golden does not depend on the machine.</summary>
    private static string Dump(BuiltVolume volume, string name) =>
        PairedDocumentDump.Write(Document(volume, name).Paired!).Replace(Repo.Root.TrimEnd('/') + "/", string.Empty, StringComparison.Ordinal);

    private static BuiltDocument Document(BuiltVolume volume, string name) =>
        volume.Documents.Single(d => d.Name == name);

    private static Language Parse(string code) => code == "fr" ? Language.Fr : Language.Nl;
}
