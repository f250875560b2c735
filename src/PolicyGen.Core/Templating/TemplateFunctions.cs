using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using PolicyGen.Formatting;
using PolicyGen.Loading;
using PolicyGen.Markdown;
using PolicyGen.Model;
using PolicyGen.Model.Metadata;
using Scriban.Runtime;

namespace PolicyGen.Templating;

/// <summary>
/// The functions templates call as <c>pg.name</c>: labels, headings, rich text, escaping and the formatting of
/// numbers, amounts, dates and ordinals per language. Each returns Markdown-safe text.
/// </summary>
public sealed partial class TemplateFunctions(RenderSession session)
{
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]+$")]
    private static partial Regex IdPattern();

    /// <summary>The functions as a Scriban object (method names in snake_case), plus <c>pg.colon</c>.</summary>
    public ScriptObject ToScriptObject()
    {
        var functions = new ScriptObject();
        foreach (var method in typeof(TemplateFunctions).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (method.Name != nameof(ToScriptObject))
            {
                functions.SetValue(SnakeCase.From(method.Name), DynamicCustomFunction.Create(this, method), true);
            }
        }

        functions.SetValue("colon", Characters.Colon, true);
        return functions;
    }

    /// <summary>
    /// <c>pg.t "oo_deadline"</c>: a label of the catalogue (or the note's wording), escaped; <c>{0}</c> takes the
    /// argument as given (data values are already Markdown-safe).
    /// </summary>
    public string T(string key, object? argument = null)
    {
        var singular = argument is int or long or decimal or double && Convert.ToDecimal(argument, CultureInfo.InvariantCulture) == 1;
        var pattern = session.Labels.Pattern(key, singular)
            ?? throw new UnknownLabelException(key, KeySuggestions.Nearest(key, LabelCatalogue.Keys));
        return LabelCatalogue.Fill(pattern, LabelCatalogue.Argument(argument), MarkdownEscaper.Escape, MarkdownEscaper.EscapeInline);
    }

    /// <summary><c>pg.heading 3 oo.heading_number oo.title oo.id</c>: a heading line with its number and id.</summary>
    public string Heading(int level, string? number, string title, string id)
    {
        if (level is < 1 or > 6)
        {
            throw new ArgumentException($"a heading level is 1 to 6, not {level}");
        }

        CheckId(id);
        var hasNumber = !string.IsNullOrEmpty(number);
        var text = hasNumber ? number + " " + title : title;
        var attributes = hasNumber ? $"{{#{id} number=\"{number}\"}}" : $"{{#{id}}}";
        return new string('#', level) + " " + text + " " + attributes;
    }

    /// <summary><c>pg.label "…"</c>: a field label standing as a small block heading; with an id it is a sync point.</summary>
    public string Label(string text, string? id = null)
    {
        if (string.IsNullOrEmpty(id))
        {
            return text + " {.label}";
        }

        CheckId(id);
        return text + " {.label #" + id + "}";
    }

    /// <summary><c>pg.link text id</c>: a link to a heading or block of the note.</summary>
    public string Link(string text, string id)
    {
        CheckId(id);
        return "[" + text + "](#" + id + ")";
    }

    /// <summary><c>pg.md x</c>: a rich text as whole blocks (the same as writing <c>{{ x }}</c>).</summary>
    public string Md(object? text) => text switch
    {
        null => string.Empty,
        RichTextValue rich => session.Blocks(rich),
        DeferredText deferred => deferred.Render(),
        _ => MarkdownEscaper.Escape(Convert.ToString(text, CultureInfo.InvariantCulture)),
    };

    /// <summary><c>pg.inline x</c>: a rich text run into the current line (<c>- Label : {{ pg.inline x }}</c>).</summary>
    public string Inline(object? text, int indent = 2) => text switch
    {
        null => string.Empty,
        RichTextValue rich => session.RunIn(rich, indent),
        DeferredText deferred => deferred.Render(),
        _ => MarkdownEscaper.Escape(Convert.ToString(text, CultureInfo.InvariantCulture)),
    };

    /// <summary><c>pg.text s</c>: plain text escaped for Markdown (the data's texts are already escaped).</summary>
    public string Text(object? value) => MarkdownEscaper.Escape(Convert.ToString(value, CultureInfo.InvariantCulture));

    /// <summary><c>pg.number 22687.5</c> → <c>22.687,5</c>.</summary>
    public string Number(object value) => NumberFormat.Number(ToDecimal(value));

    /// <summary><c>pg.amount 140000</c> → <c>140.000 euros</c> / <c>140.000 euro</c>.</summary>
    public string Amount(object value) => AmountFormat.Euros(ToDecimal(value), session.Language);

    /// <summary><c>pg.fte 0.5</c> → <c>0,5 ETP</c> / <c>0,5 VTE</c>.</summary>
    public string Fte(object value) => AmountFormat.FteWithUnit(ToDecimal(value), session.Language);

    /// <summary><c>pg.percent 40</c> → <c>40 %</c>.</summary>
    public string Percent(object value) => NumberFormat.Percent(ToDecimal(value));

    /// <summary><c>pg.date "2021-10-01"</c> → <c>1er octobre 2021</c> / <c>1 oktober 2021</c>.</summary>
    public string Date(object value) => DateFormat.Date(ToDate(value), session.Language);

    /// <summary><c>pg.month "2023-04"</c> → <c>avril 2023</c> / <c>april 2023</c>.</summary>
    public string Month(object value) => DateFormat.Month(ToDate(value is string s && s.Length == 7 ? s + "-01" : value), session.Language);

    /// <summary><c>pg.roman 4</c> → <c>IV</c>.</summary>
    public string Roman(int value) => Ordinals.Roman(value);

    /// <summary><c>pg.chapter 1</c> → <c>Ier</c> / <c>I</c>.</summary>
    public string Chapter(int value) => Ordinals.Chapter(value, session.Language);

    /// <summary><c>pg.ordinal 1</c> → <c>1er</c> / <c>1e</c>.</summary>
    public string Ordinal(int value) => Ordinals.Ordinal(value, session.Language);

    /// <summary><c>pg.colour "green"</c> → <c>vert</c> / <c>groen</c>.</summary>
    public string Colour(string colour) => Words.Colour(Enum.Parse<ThresholdColour>(colour, ignoreCase: true), session.Language);

    /// <summary><c>pg.status "on_track"</c> → <c>Selon le planning.</c> / <c>Op schema.</c>.</summary>
    public string Status(string code) =>
        StatusFormat.Phrase(Enum.Parse<StatusCode>(code.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true), null, session.Language);

    private static void CheckId(string id)
    {
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"'{id}' is not an id: two or more letters, digits, '.', '_' and '-' (Markdown attributes do not read one-character ids)");
        }
    }

    private static decimal ToDecimal(object value) => value switch
    {
        string s when ModelNumbers.TryParseDecimal(s, out var d) => d,
        string s => throw new ArgumentException($"'{s}' is not a number"),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    private static DateOnly ToDate(object value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => throw new ArgumentException($"'{value}' is not a date; write YYYY-MM-DD"),
    };
}

/// <summary>A template asked for a label the catalogue does not have.</summary>
public sealed class UnknownLabelException(string key, string? suggestion)
    : Exception($"'{key}' is not a label key" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"))
{
    public string Key { get; } = key;

    public string? Suggestion { get; } = suggestion;
}
