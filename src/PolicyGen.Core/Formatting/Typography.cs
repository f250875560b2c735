using System.Text;
using System.Text.RegularExpressions;
using PolicyGen.Model;

namespace PolicyGen.Formatting;

/// <summary>
/// The typography of the reference notes, applied to plain text: a narrow no-break space before
/// <c>: ; ! ? %</c> and inside « », a no-break space between a number and its unit or currency and between a
/// day and its month. French gets the narrow space even where the author typed none; Dutch only has typed
/// spaces replaced (the reference spaces Dutch colons too, but Dutch authors rarely type them). URLs are left
/// alone. Applying the rules twice changes nothing.
/// </summary>
public static partial class Typography
{
    private const string Spaces = " \u00A0\u2009\u202F";

    /// <summary>Units and currencies that stay on the line of their number.</summary>
    private static readonly string[] Units =
    [
        "euros", "euro", "EUR", "€", "ETP", "VTE", "VTE's", "km", "m²", "m2", "m³", "kWh", "MWh", "GWh", "TWh", "ha",
        "millions", "millions d’euros", "miljoen", "milliards", "miljard", "heures", "uur", "jours", "dagen", "ans", "jaar",
    ];

    private static readonly Regex UnitSpace = new(
        $@"(?<=\d) (?=(?:{string.Join('|', Units.OrderByDescending(u => u.Length).Select(Regex.Escape))})(?![\p{{L}}\d]))",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    private static readonly Regex FrenchDaySpace = DaySpace(Language.Fr);

    private static readonly Regex DutchDaySpace = DaySpace(Language.Nl);

    [GeneratedRegex(@"(?:https?://|www\.|mailto:)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    /// <summary>Applies the typography to a plain-text segment.</summary>
    public static string Apply(string text, Language language)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var urls = Url().Matches(text);
        if (urls.Count == 0)
        {
            return ApplyOutsideUrls(text, language);
        }

        var result = new StringBuilder(text.Length + 8);
        var start = 0;
        foreach (Match url in urls)
        {
            result.Append(ApplyOutsideUrls(text[start..url.Index], language)).Append(url.Value);
            start = url.Index + url.Length;
        }

        return result.Append(ApplyOutsideUrls(text[start..], language)).ToString();
    }

    private static string ApplyOutsideUrls(string text, Language language)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ':' or ';' or '!' or '?' or '%' or '»')
            {
                AppendBeforePunctuation(result, text, i, language);
                continue;
            }

            if (Spaces.Contains(c, StringComparison.Ordinal) && i > 0 && text[i - 1] == '«')
            {
                result.Append(Characters.NarrowNoBreakSpace);
                i = SkipSpaces(text, i) - 1;
                continue;
            }

            result.Append(c);
            if (c == '«' && language == Language.Fr && i + 1 < text.Length && !Spaces.Contains(text[i + 1], StringComparison.Ordinal))
            {
                result.Append(Characters.NarrowNoBreakSpace);
            }
        }

        return NoBreakAfterNumbers(result.ToString(), language);
    }

    private static void AppendBeforePunctuation(StringBuilder result, string text, int i, Language language)
    {
        var c = text[i];
        var typedSpace = result.Length > 0 && Spaces.Contains(result[^1], StringComparison.Ordinal);
        if (typedSpace)
        {
            while (result.Length > 0 && Spaces.Contains(result[^1], StringComparison.Ordinal))
            {
                result.Length--;
            }

            result.Append(Characters.NarrowNoBreakSpace);
        }
        else if (result.Length > 0 && NeedsInsertedSpace(text, i, language))
        {
            result.Append(Characters.NarrowNoBreakSpace);
        }

        result.Append(c);
    }

    private static bool NeedsInsertedSpace(string text, int i, Language language)
    {
        var c = text[i];
        var before = text[i - 1];
        var endsWord = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is ')' or ',' or '.' or '»' or '*' or '_';
        if (c == '%')
        {
            return char.IsDigit(before);
        }

        if (language != Language.Fr || !endsWord)
        {
            return c == '»' && language == Language.Fr;
        }

        return char.IsLetterOrDigit(before) || before is ')' or '»' or '’' or '"' or '*' or '_';
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && Spaces.Contains(text[i], StringComparison.Ordinal))
        {
            i++;
        }

        return i;
    }

    private static string NoBreakAfterNumbers(string text, Language language)
    {
        if (!text.Contains(' ', StringComparison.Ordinal))
        {
            return text;
        }

        var noBreak = Characters.NoBreakSpace.ToString();
        var withUnits = UnitSpace.Replace(text, noBreak);
        return (language == Language.Fr ? FrenchDaySpace : DutchDaySpace).Replace(withUnits, noBreak);
    }

    private static Regex DaySpace(Language language) =>
        new($@"(?<=\b(?:\d{{1,2}}|1er)) (?=(?:{string.Join('|', DateFormat.Months(language))})\b)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
}
