using System.Text.RegularExpressions;
using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>
/// A number glued to the word after it, a space missing: « 2025ter ondersteuning » (PG3072). Ordinals
/// (1er, 2e, 3ème, 1ste, 2de, 4th), bis/ter/quater after a number of up to three digits (article 5bis), units
/// (10km, 24h, 3x), suffixes with a capital letter (5G, 3D, 4HANA, 360Learning) and tokens that the other
/// language's text of the same field also has (a name: 123digit) are not reported. URLs and e-mail addresses
/// are skipped, and so are texts written <c>both:</c>.
/// </summary>
public sealed partial class GluedNumberRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.GluedNumber];

    /// <summary>A number (digits, maybe grouped by points or commas) directly followed by letters, the whole forming one word.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,])(?<digits>\p{Nd}+(?:[.,]\p{Nd}+)*)(?<letters>\p{L}+)(?![\p{L}\p{Nd}_])")]
    private static partial Regex Glued();

    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal)
    {
        // French: 1er, 1re, 1ère, 2e, 2è, 2ème, 2nd, 2nde (and plurals)
        "er", "ers", "re", "res", "ère", "ères", "e", "es", "è", "ème", "èmes", "eme", "emes", "me", "nd", "nde", "nds", "ndes",
        // Dutch: 1ste, 2de, 3de, 1e, 20ste
        "ste", "de", "den", "sten",
        // English: 1st, 2nd, 3rd, 4th
        "st", "rd", "th",
    };

    private static readonly HashSet<string> LatinSuffixes = new(StringComparer.Ordinal) { "bis", "ter", "quater", "quinquies", "sexies" };

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "km", "m", "cm", "mm", "kg", "g", "mg", "t", "ha", "l", "cl", "ml", "h", "min", "mn", "s", "ms", "j", "u", "x", "k",
        "kb", "kbps", "mb", "mbps", "gb", "gbps", "tb", "ko", "mo", "go", "kw", "kwh", "mw", "mwh", "gw", "gwh", "w", "hz",
        "khz", "mhz", "ghz", "mio", "mrd",
    };

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        foreach (var field in ModelWalker.Texts(note))
        {
            if (field.Text is not { Both: null } text)
            {
                continue;
            }

            foreach (var language in LanguageExtensions.All)
            {
                if (text[language] is { } value && Find(value, text[language.Other()]) is { } word)
                {
                    diagnostics.Add(DiagnosticDescriptors.GluedNumber, text.LocationOf(language), LanguageName(language), word);
                }
            }
        }
    }

    /// <summary>
    /// The first number glued to a word in <paramref name="text"/>, or null; <paramref name="other"/> is the
    /// other language's text of the same field, whose glued tokens are names rather than mistakes.
    /// </summary>
    public static string? Find(string text, string? other = null)
    {
        var otherTokens = other is null
            ? []
            : Glued().Matches(TextParts.WithoutLinks(other)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in Glued().Matches(TextParts.WithoutLinks(text)))
        {
            if (!Allowed(m.Groups["digits"].Value, m.Groups["letters"].Value) && !otherTokens.Contains(m.Value))
            {
                return m.Value;
            }
        }

        return null;
    }

    private static bool Allowed(string digits, string letters)
    {
        if (letters.Any(char.IsUpper))
        {
            return true;
        }

        return Ordinals.Contains(letters) || Units.Contains(letters) || (LatinSuffixes.Contains(letters) && digits.Length <= 3);
    }
}
