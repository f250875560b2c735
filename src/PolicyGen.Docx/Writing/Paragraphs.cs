using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Docx.Styles;
using PolicyGen.Model;

namespace PolicyGen.Docx.Writing;

/// <summary>Paragraph construction shared by the writers: style, language of the paragraph mark, content.</summary>
internal static class Paragraphs
{
    /// <summary>A paragraph in a style and a language; its mark carries the language too.</summary>
    public static Paragraph Create(string style, Language language, IEnumerable<OpenXmlElement> content, Action<ParagraphProperties>? adjust = null)
    {
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = style },
            ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new Languages { Val = StyleIds.LanguageTag(language) }),
        };
        adjust?.Invoke(properties);
        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>A nearly invisible paragraph, needed between two tables (else they merge) and at the end of a cell after a table.</summary>
    public static Paragraph Spacer() =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Spacer } });

    /// <summary>A paragraph that ends the page.</summary>
    public static Paragraph PageBreak() =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Spacer } }, new Run(new Break { Type = BreakValues.Page }));

    /// <summary>The runs of a complex field: begin, instruction, separate, the cached result, end.</summary>
    public static IEnumerable<Run> Field(string instruction, string cached, Language? language)
    {
        foreach (var run in FieldStart(instruction))
        {
            yield return run;
        }

        yield return language is { } lang ? InlineWriter.TextRun(cached, lang) : new Run(new Text(cached) { Space = SpaceProcessingModeValues.Preserve });
        yield return FieldEnd();
    }

    /// <summary>The begin, instruction and separate runs of a complex field.</summary>
    public static IEnumerable<Run> FieldStart(string instruction)
    {
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Begin });
        yield return new Run(new FieldCode(" " + instruction + " ") { Space = SpaceProcessingModeValues.Preserve });
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Separate });
    }

    /// <summary>The end run of a complex field.</summary>
    public static Run FieldEnd() => new(new FieldChar { FieldCharType = FieldCharValues.End });
}
