using PolicyGen.Model;

namespace PolicyGen.Docx.Styles;

/// <summary>
/// The style ids the writer uses. Text styles come in one variant per language (<c>BodyTextFr</c>,
/// <c>BodyTextNl</c>) carrying its <c>w:lang</c>. Headings of the outline language use the built-in
/// <c>Heading1</c>…<c>Heading6</c>; the other language's headings use look-alikes (<c>Heading1Nl</c>) without an
/// outline level, so that the navigation pane and the table of contents are not doubled.
/// </summary>
public static class StyleIds
{
    public const string Normal = "Normal";
    public const string BodyText = "BodyText";
    public const string Label = "Label";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string ListParagraph = "ListParagraph";
    public const string TableText = "TableText";
    public const string FootnoteText = "FootnoteText";
    public const string TocHeading = "TOCHeading";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Spacer = "Spacer";
    public const string FootnoteReference = "FootnoteReference";
    public const string Hyperlink = "Hyperlink";
    public const string LayoutTable = "LayoutTable";
    public const string DataTable = "DataTable";
    public const string NoList = "NoList";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string TableNormal = "TableNormal";

    /// <summary>The deepest heading level that has a style.</summary>
    public const int MaxHeadingLevel = 6;

    /// <summary>The deepest table-of-contents level that has a style.</summary>
    public const int MaxTocLevel = 6;

    /// <summary>The paragraph styles that come in one variant per language.</summary>
    public static IReadOnlyList<string> PerLanguage { get; } = [BodyText, Label, Title, Subtitle, ListParagraph, TableText, FootnoteText, TocHeading];

    /// <summary>A per-language variant: <c>BodyTextFr</c>.</summary>
    public static string For(string baseId, Language language) => baseId + Suffix(language);

    /// <summary>The heading style of a level in a language.</summary>
    public static string Heading(int level, Language language, Language outline) =>
        "Heading" + Math.Clamp(level, 1, MaxHeadingLevel).ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (language == outline ? string.Empty : Suffix(language));

    /// <summary>The style of a table-of-contents entry of a level in a language.</summary>
    public static string Toc(int level, Language language) =>
        "TOC" + Math.Clamp(level, 1, MaxTocLevel).ToString(System.Globalization.CultureInfo.InvariantCulture) + Suffix(language);

    /// <summary>The name (not id) of a look-alike heading style, as the <c>TOC \t</c> switch wants it.</summary>
    public static string HeadingName(int level, Language language, Language outline) =>
        language == outline
            ? "heading " + level.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "Heading " + level.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + language.Code().ToUpperInvariant();

    /// <summary>The BCP 47 tag of a language as Word wants it.</summary>
    public static string LanguageTag(Language language) => language == Language.Fr ? "fr-BE" : "nl-BE";

    private static string Suffix(Language language) => language == Language.Fr ? "Fr" : "Nl";
}
