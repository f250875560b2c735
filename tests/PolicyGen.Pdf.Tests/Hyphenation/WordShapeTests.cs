using PolicyGen.Pdf.Hyphenation;

namespace PolicyGen.Tests.Hyphenation;

public class WordShapeTests
{
    [Theory]
    [InlineData("www.belgium.be", true)]
    [InlineData("https://easy.brussels", true)]
    [InlineData("easy.brussels", true)]
    [InlineData("info@bosa.be", true)]
    [InlineData("A-453/2", true)]
    [InlineData("C:\\temp", true)]
    [InlineData("administration.", false)]
    [InlineData("etc.", false)]
    [InlineData("«numérique»", false)]
    public void Urls_emails_domains_and_paths_are_recognised(string word, bool expected) =>
        Assert.Equal(expected, WordShape.IsUrlOrEmail(word));

    [Theory]
    [InlineData("ONSS", true)]
    [InlineData("l'ONSS", true)]
    [InlineData("RIZIV", true)]
    [InlineData("TVA", true)]
    [InlineData("A", false)]
    [InlineData("Administration", false)]
    [InlineData("l'Administration", false)]
    public void Acronyms_are_recognised(string word, bool expected) => Assert.Equal(expected, WordShape.IsAcronym(word));

    [Theory]
    [InlineData("BestAddress", true)]
    [InlineData("ConnectIT", true)]
    [InlineData("Bruxelles", false)]
    [InlineData("l'Europe", false)]
    public void Inner_capitals_are_recognised(string word, bool expected) => Assert.Equal(expected, WordShape.HasInnerCapital(word));

    [Theory]
    [InlineData("«administration»,", 1, 14)]
    [InlineData("(l’État)", 1, 6)]
    [InlineData("word", 0, 4)]
    public void Letter_core_drops_surrounding_punctuation(string word, int start, int length)
    {
        Assert.True(WordShape.TryGetLetterCore(word, out var s, out var l));
        Assert.Equal((start, length), (s, l));
    }

    [Theory]
    [InlineData("R&D")]
    [InlineData("e.a.")]
    [InlineData("…")]
    [InlineData("12")]
    public void Cores_with_other_characters_inside_are_refused(string word) =>
        Assert.False(WordShape.TryGetLetterCore(word, out _, out _));
}
