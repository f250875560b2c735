using System.Text.RegularExpressions;
using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>
/// A decimal point where French and Dutch write a comma: « 11.7 % », « 0.8 ETP » (PG3061). A point between
/// digits that is not followed by exactly three digits is reported only when it is clearly a decimal: a
/// percentage or a unit follows (%, ETP/VTE, euros, millions, km…), or the other language's text of the same
/// field writes the same number with a comma. Numbers with several points (dates 31.12.2022, allocation codes
/// 04.004.08.01.1211, versions 1.2.3), numbers glued to letters (OO1.1, IV2.9), section and version numbers
/// without a unit (« OO 2.3 », « point 3.1 », « MyPermit 1.3 »), URLs and e-mail addresses are left alone.
/// </summary>
public sealed partial class DecimalPointRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.DecimalPoint];

    /// <summary>One point between digits, not part of a longer dotted or grouped number, nor glued to letters.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}_.,/])(?<int>\p{Nd}+)\.(?<frac>\p{Nd}+)(?![\p{Nd}\p{L}_]|[.,]\p{Nd})")]
    private static partial Regex PointNumber();

    /// <summary>A percentage or a unit right after the number.</summary>
    [GeneratedRegex(@"^[ \u00A0\u202F\u2009]?(?:%|‰|€|(?:pour ?cent|procent|percent|ETP|VTE|FTE|euros?|EUR|M€|k€|millions?|miljoen|milliards?|miljard|mio|km|m²|kg|ha|tonnes?|ton|Go|Mo|To|GB|MB|TB|Gbps|Mbps|mois|maanden|ans|années|jaar|jaren|jours|dagen|semaines|weken|fois|keer)(?![\p{L}\p{Nd}]))", RegexOptions.IgnoreCase)]
    private static partial Regex UnitAfter();

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        foreach (var field in ModelWalker.Texts(note))
        {
            if (field.Text.Both is { } both)
            {
                Report(both, null, field.Text.Location, "shared", diagnostics);
                continue;
            }

            foreach (var language in LanguageExtensions.All)
            {
                if (field.Text[language] is { } value)
                {
                    Report(value, field.Text[language.Other()], field.Text.LocationOf(language), LanguageName(language), diagnostics);
                }
            }
        }
    }

    /// <summary>
    /// The numbers of <paramref name="text"/> written with a decimal point, each once; <paramref name="other"/>
    /// is the other language's text of the same field.
    /// </summary>
    public static IEnumerable<string> Find(string text, string? other = null)
    {
        text = TextParts.WithoutLinks(text);
        var otherText = other is null ? null : TextParts.WithoutLinks(other);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in PointNumber().Matches(text))
        {
            if (m.Groups["frac"].Length == 3 || !seen.Add(m.Value))
            {
                continue;
            }

            var unit = UnitAfter().IsMatch(text.AsSpan(m.Index + m.Length));
            if (unit || (otherText is not null && WithComma(otherText, m.Groups["int"].Value, m.Groups["frac"].Value)))
            {
                yield return m.Value;
            }
        }
    }

    private static bool WithComma(string text, string integer, string fraction)
    {
        var written = $"{integer},{fraction}";
        var start = 0;
        while ((start = text.IndexOf(written, start, StringComparison.Ordinal)) >= 0)
        {
            var end = start + written.Length;
            var before = start == 0 || !(char.IsDigit(text[start - 1]) || text[start - 1] is '.' or ',');
            var after = end >= text.Length || !char.IsDigit(text[end]);
            if (before && after)
            {
                return true;
            }

            start = end;
        }

        return false;
    }

    private static void Report(string text, string? other, SourceLocation location, string language, DiagnosticBag diagnostics)
    {
        foreach (var written in Find(text, other))
        {
            diagnostics.Add(DiagnosticDescriptors.DecimalPoint, location, language, written, written.Replace('.', ','));
        }
    }
}
