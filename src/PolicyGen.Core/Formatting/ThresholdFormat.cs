using PolicyGen.Model;

namespace PolicyGen.Formatting;

/// <summary>
/// Threshold values in words, as in the reference notes: <c>OK (vert) / NOK (rouge)</c>,
/// <c>4 (vert), 2 (rouge)</c>, <c>250 démarches (vert), 150 (rouge)</c>, <c>Rouge &lt; 70 % / Vert &gt;= 90 %</c>,
/// <c>Vert : entre 2.884 et 5.420 ; Orange : … ; Rouge : &lt; 1.439</c>, <c>Vert = … / Rouge = …</c>, <c>Cf. infra</c>.
/// </summary>
public static class ThresholdFormat
{
    /// <param name="thresholds">The thresholds.</param>
    /// <param name="language">The language to print.</param>
    /// <param name="text">Turns a source text into printable text (escaped or Markdown), per language.</param>
    public static string Format(Thresholds thresholds, Language language, Func<LocalizedText, string> text)
    {
        var parts = new List<string>();
        if (thresholds.Binary == true)
        {
            parts.Add(Binary(thresholds.Wording, language, text));
        }

        var levels = thresholds.Levels().ToList();
        if (levels.Count > 0)
        {
            parts.Add(Levels(thresholds, levels, language, text));
        }

        if (thresholds.Text is not null)
        {
            parts.Add(text(thresholds.Text));
        }

        if (thresholds.PerAction == true)
        {
            parts.Add(language == Language.Fr ? "Cf. infra" : "Zie verder");
        }

        return string.Join(" ; ", parts);
    }

    private static string Binary(BinaryWording? wording, Language language, Func<LocalizedText, string> text)
    {
        var ok = wording?.Ok is { } o ? text(o) : Words.Colour(ThresholdColour.Green, language);
        var nok = wording?.Nok is { } n ? text(n) : Words.Colour(ThresholdColour.Red, language);
        return $"OK ({ok}) / NOK ({nok})";
    }

    private static string Levels(
        Thresholds thresholds, List<(ThresholdColour Colour, ThresholdLevel Level)> levels, Language language, Func<LocalizedText, string> text)
    {
        if (levels.TrueForAll(l => l.Level.Value is not null && l.Level.Percent != true && l.Level.Text is null))
        {
            var unit = thresholds.Unit is null ? string.Empty : text(thresholds.Unit);
            var simple = levels.Select((l, i) =>
            {
                var number = NumberFormat.Number(l.Level.Value!.Value);
                var value = i == 0 ? AmountFormat.WithUnit(number, unit) : number;
                return $"{value} ({Words.Colour(l.Colour, language)})";
            });
            return string.Join(", ", simple);
        }

        if (levels.TrueForAll(l => l.Level.Value is not null && l.Level.Percent == true))
        {
            var lower = thresholds.Better == Direction.Lower;
            return string.Join(" / ", levels.AsEnumerable().Reverse().Select(l =>
                string.Join(' ', new[] { Words.Capitalise(Words.Colour(l.Colour, language)), Comparison(l.Colour, lower), NumberFormat.Percent(l.Level.Value!.Value) }
                    .Where(part => part.Length > 0))));
        }

        var separator = levels.Exists(l => l.Level.Text is not null) ? " / " : " ; ";
        return string.Join(separator, levels.Select(l => Level(l.Colour, l.Level, language, text)));
    }

    private static string Comparison(ThresholdColour colour, bool lowerIsBetter) => (colour, lowerIsBetter) switch
    {
        (ThresholdColour.Green, false) => ">=",
        (ThresholdColour.Green, true) => "<=",
        (ThresholdColour.Red, false) => "<",
        (ThresholdColour.Red, true) => ">",
        _ => string.Empty,
    };

    private static string Level(ThresholdColour colour, ThresholdLevel level, Language language, Func<LocalizedText, string> text)
    {
        var name = Words.Capitalise(Words.Colour(colour, language));
        if (level.Text is not null)
        {
            return name + " = " + text(level.Text);
        }

        string Value(decimal v) => level.Percent == true ? NumberFormat.Percent(v) : NumberFormat.Number(v);
        var and = language == Language.Fr ? " et " : " en ";
        var between = language == Language.Fr ? "entre " : "tussen ";
        var range = (level.Min, level.Max, level.Value) switch
        {
            ({ } min, { } max, _) => between + Value(min) + and + Value(max),
            ({ } min, null, _) => ">= " + Value(min),
            (null, { } max, _) => "< " + Value(max),
            (_, _, { } value) => Value(value),
            _ => string.Empty,
        };
        return name + Characters.Colon + " " + range;
    }
}
