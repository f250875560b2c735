using PolicyGen.Model;

namespace PolicyGen.Pdf.Hyphenation;

/// <summary>
/// The French and Dutch hyphenators, over the pattern files embedded in this assembly (Debian <c>hyphen-fr</c> and
/// <c>hyphen-nl</c> 1:7.5.0-1, from LibreOffice's dictionaries; see <c>THIRD-PARTY-NOTICES</c>). Loaded once, on first use.
/// </summary>
public static class Hyphenators
{
    private static readonly Lazy<Hyphenator> FrenchInstance = new(() => Load("hyph_fr.dic", HyphenationRules.French));
    private static readonly Lazy<Hyphenator> DutchInstance = new(() => Load("hyph_nl_NL.dic", HyphenationRules.Dutch));

    /// <summary>French (<c>hyph_fr.dic</c>, UTF-8) with <see cref="HyphenationRules.French"/>.</summary>
    public static Hyphenator French => FrenchInstance.Value;

    /// <summary>Dutch (<c>hyph_nl_NL.dic</c>, ISO-8859-1) with <see cref="HyphenationRules.Dutch"/>.</summary>
    public static Hyphenator Dutch => DutchInstance.Value;

    /// <summary>The hyphenator of <paramref name="language"/>.</summary>
    public static Hyphenator For(Language language) => language switch
    {
        Language.Fr => French,
        Language.Nl => Dutch,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No hyphenation patterns for this language."),
    };

    /// <summary>Parses the embedded dictionary <paramref name="fileName"/> (under <c>Assets/Hyphenation</c>).</summary>
    public static HyphenationDictionary LoadDictionary(string fileName) =>
        HyphenationDictionary.Parse(EmbeddedAssets.ReadBytes("Hyphenation." + fileName));

    private static Hyphenator Load(string fileName, HyphenationRules rules) => new(LoadDictionary(fileName), rules);
}
