using PolicyGen.Pdf.Hyphenation;

namespace PolicyGen.Tests.Hyphenation;

/// <summary>
/// French words against hyph_fr.dic with French rules (2 letters before, 3 after). Expected breaks were derived from
/// the patterns (checked against an independent libhyphen-compatible implementation) and are ordinary French
/// syllabification: ad-mi-nis-tra-tion, not a break between two vowels (réa-li-sa-tion) or before a mute final syllable.
/// In <see cref="Hyphenator.Show"/>, <c>-</c> marks a hyphenation point and <c>|</c> a break after an explicit hyphen.
/// </summary>
public class FrenchHyphenationTests
{
    private static readonly Hyphenator French = Hyphenators.French;

    [Theory]
    [InlineData("administration", "ad-mi-nis-tra-tion")]
    [InlineData("gouvernement", "gou-ver-ne-ment")]
    [InlineData("simplification", "sim-pli-fi-ca-tion")]
    [InlineData("numérique", "nu-mé-rique")]
    [InlineData("transformation", "trans-for-ma-tion")]
    [InlineData("développement", "dé-ve-lop-pe-ment")]
    [InlineData("politique", "po-li-tique")]
    [InlineData("électronique", "élec-tro-nique")]
    [InlineData("organisation", "or-ga-ni-sa-tion")]
    [InlineData("collaboration", "col-la-bo-ra-tion")]
    [InlineData("stratégique", "stra-té-gique")]
    [InlineData("opérationnel", "opé-ra-tion-nel")]
    [InlineData("objectif", "ob-jec-tif")]
    [InlineData("réalisation", "réa-li-sa-tion")]
    [InlineData("parlementaire", "par-le-men-taire")]
    [InlineData("budgétaire", "bud-gé-taire")]
    [InlineData("entreprise", "en-tre-prise")]
    [InlineData("citoyens", "ci-toyens")]
    public void Words_break_at_their_syllables(string word, string expected) => Assert.Equal(expected, French.Show(word));

    [Theory]
    [InlineData("coutume", "cou-tume")] // not coutu-me: at least 3 letters after
    [InlineData("domino", "do-mino")] // not domi-no
    [InlineData("écharpe", "écharpe")] // not é-charpe (2 before) nor échar-pe (3 after)
    [InlineData("soixante", "soixante")] // not soi-xante, not soixan-te
    [InlineData("moyen", "moyen")] // not mo-yen
    [InlineData("unité", "unité")] // 5 letters: u-nité and uni-té both too close to an edge
    public void Breaks_keep_two_letters_before_and_three_after(string word, string expected) =>
        Assert.Equal(expected, French.Show(word));

    [Fact]
    public void Minimums_are_two_before_and_three_after_although_the_file_says_two_and_two()
    {
        Assert.Equal(2, Hyphenators.LoadDictionary("hyph_fr.dic").RightHyphenMin);
        Assert.Equal(2, French.LeftMin);
        Assert.Equal(3, French.RightMin);
    }

    [Theory]
    [InlineData("l'administration", "l'ad-mi-nis-tra-tion")] // never l'-a…, nor l'a-d…
    [InlineData("l’administration", "l’ad-mi-nis-tra-tion")] // typographic apostrophe
    [InlineData("d'organisation", "d'or-ga-ni-sa-tion")]
    [InlineData("l'étendard", "l'éten-dard")] // not l'é-tendard
    [InlineData("aujourd'hui", "au-jourd'hui")] // not aujourd'-hui nor aujour-d'hui
    [InlineData("presqu'île", "pres-qu'île")] // not presqu'-île
    [InlineData("qu'elle", "qu'elle")]
    public void No_break_next_to_an_apostrophe(string word, string expected) => Assert.Equal(expected, French.Show(word));

    [Theory]
    [InlineData("«administration»,", "«ad-mi-nis-tra-tion»,")]
    [InlineData("(politique)", "(po-li-tique)")]
    [InlineData("Administration", "Ad-mi-nis-tra-tion")]
    [InlineData("stratégique.", "stra-té-gique.")]
    public void Punctuation_and_capitals_do_not_change_the_breaks(string word, string expected) =>
        Assert.Equal(expected, French.Show(word));

    [Theory]
    [InlineData("porte-monnaie", "porte-|monnaie")]
    [InlineData("Bruxelles-Capitale", "Bruxelles-|Capitale")]
    [InlineData("mots-clés", "mots-|clés")]
    [InlineData("au-delà", "au-|delà")]
    [InlineData("appellera-t-elle", "appellera-t-elle")] // never around -t-
    [InlineData("e-mail", "e-mail")]
    [InlineData("COVID-19", "COVID-19")]
    [InlineData("2021-2022", "2021-2022")]
    public void Hyphenated_words_break_only_after_their_hyphen(string word, string expected) =>
        Assert.Equal(expected, French.Show(word));

    [Theory]
    [InlineData("ONSS")]
    [InlineData("SPRB")]
    [InlineData("l'ONSS")]
    [InlineData("ADMINISTRATION")]
    [InlineData("2021")]
    [InlineData("140.000")]
    [InlineData("1er")]
    [InlineData("A-453/2")]
    [InlineData("www.belgium.be")]
    [InlineData("https://easy.brussels/administration")]
    [InlineData("easy.brussels")]
    [InlineData("info@administration.brussels")]
    [InlineData("BestAddress")]
    [InlineData("R&D")]
    [InlineData("")]
    public void Numbers_acronyms_urls_and_addresses_are_never_broken(string word) => Assert.Empty(French.FindBreaks(word));

    [Fact]
    public void Exceptions_replace_the_patterns_but_not_the_rules()
    {
        var hyphenator = new Hyphenator(
            Hyphenators.LoadDictionary("hyph_fr.dic"), HyphenationRules.French, ["ad-minis-tration", "c-ou-tu-me"]);

        Assert.Equal("ad-minis-tration", hyphenator.Show("administration"));
        Assert.Equal("Ad-minis-tration,", hyphenator.Show("Administration,"));
        Assert.Equal("cou-tume", hyphenator.Show("coutume")); // c-outume and coutu-me break the 2/3 minimums
        Assert.Equal("ob-jec-tif", hyphenator.Show("objectif"));
    }

    [Fact]
    public void Results_are_cached_and_stable()
    {
        var first = French.FindBreaks("administration");
        Assert.Same(first, French.FindBreaks("administration"));
        Assert.Equal([2, 4, 7, 10], first.Select(b => b.Position));
        Assert.All(first, b => Assert.Equal(WordBreakKind.Hyphenation, b.Kind));
    }
}
