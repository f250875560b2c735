using System.Globalization;
using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>
/// Threshold values (valeurs seuils / drempelwaarden): binary OK/NOK, numeric levels per colour
/// (<c>green: 4, red: 2</c>), levels described in words, a free text, or a reference to the actions' thresholds.
/// </summary>
[Doc("Threshold values: {binary: true}, {green: 4, red: 2}, {green: {text: ...}, ...}, {text: ...} or {per_action: true}.")]
public sealed class Thresholds : ModelNode
{
    [Doc("OK (vert) / NOK (rouge) — OK (groen) / NOK (rood).")]
    public bool? Binary { get; set; }

    [Doc("Words for OK and NOK when they are not the plain ones, such as effectué / pas effectué.")]
    public BinaryWording? Wording { get; set; }

    [Doc("Whether a higher value is better (default) or a lower one.")]
    public Direction? Better { get; set; }

    [Doc("The unit of numeric levels, such as {fr: démarches, nl: formaliteiten}.")]
    public LocalizedText? Unit { get; set; }

    [Doc("The green level.")]
    public ThresholdLevel? Green { get; set; }

    [Doc("The orange level.")]
    public ThresholdLevel? Orange { get; set; }

    [Doc("The red level.")]
    public ThresholdLevel? Red { get; set; }

    [Markdown, Doc("Thresholds that are none of the above, as text.")]
    public LocalizedText? Text { get; set; }

    [Doc("The thresholds are given per action (Cf. infra / Zie verder).")]
    public bool? PerAction { get; set; }

    public IEnumerable<(ThresholdColour Colour, ThresholdLevel Level)> Levels()
    {
        if (Green is not null)
        {
            yield return (ThresholdColour.Green, Green);
        }

        if (Orange is not null)
        {
            yield return (ThresholdColour.Orange, Orange);
        }

        if (Red is not null)
        {
            yield return (ThresholdColour.Red, Red);
        }
    }
}

/// <summary>Custom words for a binary threshold.</summary>
public sealed class BinaryWording : ModelNode
{
    [RequiredKey, Doc("The word for OK, such as {fr: effectué, nl: voltooid}.")]
    public LocalizedText? Ok { get; set; }

    [RequiredKey, Doc("The word for NOK.")]
    public LocalizedText? Nok { get; set; }
}

public enum Direction
{
    Higher,
    Lower,
}

public enum ThresholdColour
{
    Green,
    Orange,
    Red,
}

/// <summary>One colour's level: a number (<c>4</c>), a range (<c>{min, max}</c>) or words.</summary>
[Doc("A level: a number (4), {value: 4}, {min: 2884, max: 5420}, {text: {fr, nl}}.")]
public sealed class ThresholdLevel : ModelNode, IScalarShorthand<ThresholdLevel>
{
    [Doc("The value that reaches this colour.")]
    public decimal? Value { get; set; }

    [Doc("The lower end of a range.")]
    public decimal? Min { get; set; }

    [Doc("The upper end of a range.")]
    public decimal? Max { get; set; }

    [Doc("Whether the value is a percentage.")]
    public bool? Percent { get; set; }

    [Markdown, Doc("The level in words, when it is not a number.")]
    public LocalizedText? Text { get; set; }

    public static string ScalarForms => "a number such as 4 or 22687.5";

    public static string ScalarPattern => @"^-?\d+(\.\d+)?$";

    /// <summary>A representative number for ordering checks: the value, else the middle of the range.</summary>
    public decimal? Representative => Value ?? (Min is { } lo && Max is { } hi ? (lo + hi) / 2 : Min ?? Max);

    public static ThresholdLevel? FromScalar(string text, out string? error)
    {
        if (ModelNumbers.TryParseDecimal(text, out var value))
        {
            error = null;
            return new ThresholdLevel { Value = value };
        }

        error = $"'{text}' is not a threshold level; write {ScalarForms} or a mapping";
        return null;
    }
}

/// <summary>How numbers are written in the sources: digits, an optional point for decimals, optional underscores.</summary>
public static class ModelNumbers
{
    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal),
            NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
        && text.Length > 0 && text[^1] != '.' && !text.StartsWith('.');
}
