using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>Moyens / Middelen: staff, ICT needs and budget.</summary>
public sealed class Means : ModelNode
{
    [Doc("Nombre estimé ETP / Geraamd aantal VTE.")]
    public Fte? Fte { get; set; }

    [Markdown, Doc("Besoins ICT / ICT-behoeften.")]
    public LocalizedText? Ict { get; set; }

    [Doc("Budget / Begroting.")]
    public Budget? Budget { get; set; }

    [Markdown, Doc("Means described in prose, when they are not split as above.")]
    public LocalizedText? Text { get; set; }
}

/// <summary>Full-time equivalents: a number (<c>0.5</c>), with an optional comment.</summary>
[Doc("FTE: a number (0.5) or {value: 0.5, comment: {fr, nl}} or {comment: ...} alone.")]
public sealed class Fte : ModelNode, IScalarShorthand<Fte>
{
    [Doc("The number of full-time equivalents.")]
    public decimal? Value { get; set; }

    [Markdown, Doc("A comment printed after the number (or instead of it).")]
    public LocalizedText? Comment { get; set; }

    public static string ScalarForms => "a number such as 2 or 0.5";

    public static string ScalarPattern => @"^\d+(\.\d+)?$";

    public static Fte? FromScalar(string text, out string? error)
    {
        if (ModelNumbers.TryParseDecimal(text, out var value) && value >= 0)
        {
            error = null;
            return new Fte { Value = value };
        }

        error = $"'{text}' is not a number of FTE; write {ScalarForms}";
        return null;
    }
}
