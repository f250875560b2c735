using System.Text.RegularExpressions;
using PolicyGen.Diagnostics;
using PolicyGen.Model;
using PolicyGen.Validation.LanguageId;

namespace PolicyGen.Validation.Rules;

/// <summary>
/// A paragraph that is the same in the French and the Dutch text of a field not written <c>both:</c>
/// (PG3051): one column holds the other's text. Only paragraphs of at least <see cref="MinWords"/> words
/// (URLs, numbers and footnote marks not counted) with at least one French or Dutch function word are
/// compared, so that names, lists of names, URLs and English titles pass. A paragraph long enough for the
/// language identifier is left to PG3050, which already reports it in the column where it is wrong. The
/// copy is reported in the column whose language the paragraph's function words do not belong to.
/// </summary>
public sealed partial class CopiedParagraphRule : NoteRule
{
    /// <summary>The fewest words a paragraph needs to be compared.</summary>
    public const int MinWords = 6;

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.CopiedParagraph];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>Footnote marks and definitions ([^3], [^3]:) and bold markers.</summary>
    [GeneratedRegex(@"\[\^[^\]]+\]:?|\*\*")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>Frequent words of one language that the other does not use (de and en are both French and Dutch).</summary>
    private static readonly HashSet<string> FrenchWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "l", "des", "du", "d", "un", "une", "et", "ou", "à", "au", "aux", "pour", "sur", "dans", "avec",
        "par", "est", "sont", "ce", "cette", "ces", "qui", "que", "qu", "il", "elle", "ils", "leur", "leurs", "pas", "plus",
        "se", "sa", "son", "ses", "été", "sera", "seront",
    };

    private static readonly HashSet<string> DutchWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "het", "een", "van", "voor", "op", "met", "zijn", "worden", "wordt", "werd", "werden", "zal", "zullen", "naar", "bij",
        "door", "die", "dat", "deze", "niet", "ook", "aan", "tot", "uit", "om", "te", "als", "ter",
    };

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        foreach (var field in ModelWalker.Texts(note))
        {
            if (field.Text is not { Both: null, Fr: { } fr, Nl: { } nl } text)
            {
                continue;
            }

            foreach (var (paragraph, copy) in Find(fr, nl))
            {
                diagnostics.Add(DiagnosticDescriptors.CopiedParagraph, text.LocationOf(copy), LanguageName(copy),
                    LanguageName(copy.Other()), TextParts.Excerpt(paragraph));
            }
        }
    }

    /// <summary>The paragraphs that <paramref name="fr"/> and <paramref name="nl"/> share, each with the column that holds the copy.</summary>
    public static IEnumerable<(string Paragraph, Language Copy)> Find(string fr, string nl)
    {
        var dutch = TextParts.Paragraphs(nl).Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in TextParts.Paragraphs(fr).Select(Normalize))
        {
            if (!dutch.Contains(paragraph) || !reported.Add(paragraph) || LanguageIdentifier.Instance.Identify(paragraph) is not null)
            {
                continue;
            }

            var words = Word().Matches(TextParts.WithoutLinks(paragraph)).Select(m => m.Value).ToList();
            var french = words.Count(FrenchWords.Contains);
            var dutchCount = words.Count(DutchWords.Contains);
            if (words.Count >= MinWords && french + dutchCount > 0)
            {
                yield return (paragraph, dutchCount > french ? Language.Fr : Language.Nl);
            }
        }
    }

    private static string Normalize(string paragraph) => Space().Replace(Markup().Replace(paragraph, " "), " ").Trim();
}
