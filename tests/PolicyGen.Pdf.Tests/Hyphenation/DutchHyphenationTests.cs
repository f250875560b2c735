using PolicyGen.Pdf.Hyphenation;

namespace PolicyGen.Tests.Hyphenation;

/// <summary>
/// Dutch words against hyph_nl_NL.dic (ISO-8859-1) with Dutch rules (2/2, no break before a trema). Expected breaks
/// were derived from the patterns (checked against an independent libhyphen-compatible implementation) and follow the
/// Woordenlijst: compounds at their seams (be-leids-no-ta), ch and ij kept together (ka-chel, bij-zon-der).
/// </summary>
public class DutchHyphenationTests
{
    private static readonly Hyphenator Dutch = Hyphenators.Dutch;

    [Theory]
    [InlineData("gemeenschappelijk", "ge-meen-schap-pe-lijk")]
    [InlineData("ontwikkeling", "ont-wik-ke-ling")]
    [InlineData("vereenvoudiging", "ver-een-vou-di-ging")]
    [InlineData("beleidsnota", "be-leids-no-ta")]
    [InlineData("doelstellingen", "doel-stel-lin-gen")]
    [InlineData("strategische", "stra-te-gi-sche")]
    [InlineData("digitalisering", "di-gi-ta-li-se-ring")]
    [InlineData("samenwerking", "sa-men-wer-king")]
    [InlineData("verantwoordelijkheid", "ver-ant-woor-de-lijk-heid")]
    [InlineData("uitvoering", "uit-voe-ring")]
    [InlineData("omgevingsanalyse", "om-ge-vings-ana-ly-se")]
    [InlineData("inhoudstafel", "in-houds-ta-fel")]
    [InlineData("afkortingen", "af-kor-tin-gen")]
    [InlineData("overheid", "over-heid")]
    [InlineData("kansen", "kan-sen")]
    public void Words_break_at_their_syllables(string word, string expected) => Assert.Equal(expected, Dutch.Show(word));

    [Theory]
    [InlineData("kachel", "ka-chel")]
    [InlineData("bijzonder", "bij-zon-der")]
    [InlineData("examen", "exa-men")]
    public void Ch_ij_and_x_stay_together(string word, string expected) => Assert.Equal(expected, Dutch.Show(word));

    [Theory]
    [InlineData("beëindigen", "beëin-di-gen")] // patterns allow be-ëindigen, which would need be-eindigen
    [InlineData("coördinatie", "coör-di-na-tie")]
    [InlineData("financiële", "fi-nan-cië-le")]
    [InlineData("ideeën", "ideeën")]
    [InlineData("geïdentificeerd", "geï-den-ti-fi-ceerd")]
    public void No_break_before_a_trema(string word, string expected) => Assert.Equal(expected, Dutch.Show(word));

    [Theory]
    [InlineData("auto's", "au-to's")]
    [InlineData("sociaal-economisch", "sociaal-|economisch")]
    [InlineData("'s-Hertogenbosch", "'s-Hertogenbosch")]
    [InlineData("e-mail", "e-mail")]
    [InlineData("taal", "taal")]
    public void Apostrophes_hyphens_and_short_words(string word, string expected) => Assert.Equal(expected, Dutch.Show(word));

    [Theory]
    [InlineData("RIZIV")]
    [InlineData("2018/1724")]
    [InlineData("ConnectIT")]
    [InlineData("www.brussels")]
    public void Acronyms_numbers_and_names_are_never_broken(string word) => Assert.Empty(Dutch.FindBreaks(word));

    [Fact]
    public void Minimums_are_two_and_two() => Assert.Equal((2, 2), (Dutch.LeftMin, Dutch.RightMin));

    [Fact]
    public void Each_language_gets_its_own_hyphenator()
    {
        Assert.Same(Hyphenators.Dutch, Hyphenators.For(PolicyGen.Model.Language.Nl));
        Assert.Same(Hyphenators.French, Hyphenators.For(PolicyGen.Model.Language.Fr));
        Assert.Throws<ArgumentOutOfRangeException>(() => Hyphenators.For((PolicyGen.Model.Language)42));
    }
}
