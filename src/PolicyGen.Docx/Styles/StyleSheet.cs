using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Model;
using WordStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;

namespace PolicyGen.Docx.Styles;

/// <summary>
/// Policygen's own style sheet: document defaults (font, size, language), the built-in styles Word knows by
/// name, the per-language text styles, the headings and their look-alikes, the table-of-contents levels,
/// header, footer, footnotes and the two table styles.
/// </summary>
public static class StyleSheet
{
    /// <summary>The styles part's root for a page setup, with <paramref name="outline"/> the language whose headings carry outline levels.</summary>
    public static WordStyles Build(PageSetup page, Language outline)
    {
        var styles = new WordStyles();
        styles.Append(Defaults(page, outline));
        foreach (var style in All(page, outline))
        {
            styles.Append(style);
        }

        return styles;
    }

    /// <summary>Every style the writer defines, in a fixed order.</summary>
    public static IEnumerable<Style> All(PageSetup page, Language outline)
    {
        var size = page.FontHalfPoints;
        yield return Paragraph(StyleIds.Normal, "Normal", null, null, new StyleParagraphProperties { WidowControl = new WidowControl() }, null, isDefault: true);
        yield return new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed())
        {
            Type = StyleValues.Character, StyleId = StyleIds.DefaultParagraphFont, Default = true,
        };
        yield return TableNormal();
        yield return new Style(new StyleName { Val = "No List" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed())
        {
            Type = StyleValues.Numbering, StyleId = StyleIds.NoList, Default = true,
        };

        yield return Paragraph(StyleIds.BodyText, "Body Text", StyleIds.Normal, StyleIds.BodyText,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 100), Justification = new Justification { Val = JustificationValues.Both } }, null);
        yield return Paragraph(StyleIds.Label, "Label", StyleIds.BodyText, StyleIds.BodyText,
            new StyleParagraphProperties { KeepLines = new KeepLines(), SpacingBetweenLines = Spacing(120, 60), Justification = new Justification { Val = JustificationValues.Left } },
            new StyleRunProperties { Bold = new Bold(), Italic = new Italic() });
        yield return Paragraph(StyleIds.Title, "Title", StyleIds.Normal, StyleIds.Subtitle,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(2400, 240), Justification = new Justification { Val = JustificationValues.Center } },
            new StyleRunProperties { Bold = new Bold(), FontSize = HalfPoints(size + 12) });
        yield return Paragraph(StyleIds.Subtitle, "Subtitle", StyleIds.Normal, StyleIds.BodyText,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(120, 240), Justification = new Justification { Val = JustificationValues.Center } },
            new StyleRunProperties { FontSize = HalfPoints(size + 4) });
        yield return Paragraph(StyleIds.ListParagraph, "List Paragraph", StyleIds.BodyText, StyleIds.ListParagraph,
            new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 60), Indentation = new Indentation { Left = "284" } }, null);
        yield return Paragraph(StyleIds.TableText, "Table Text", StyleIds.Normal, StyleIds.TableText, null,
            new StyleRunProperties { FontSize = HalfPoints(size - 2) });
        yield return Paragraph(StyleIds.FootnoteText, "footnote text", StyleIds.Normal, StyleIds.FootnoteText,
            new StyleParagraphProperties { Justification = new Justification { Val = JustificationValues.Both } },
            new StyleRunProperties { FontSize = HalfPoints(size - 4) });
        yield return Paragraph(StyleIds.TocHeading, "TOC Heading", StyleIds.Normal, StyleIds.Normal,
            new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(240, 240), Justification = new Justification { Val = JustificationValues.Center } },
            new StyleRunProperties { Bold = new Bold(), FontSize = HalfPoints(size + 4) });

        foreach (var language in LanguageExtensions.All)
        {
            foreach (var baseId in StyleIds.PerLanguage)
            {
                var id = StyleIds.For(baseId, language);
                var next = baseId is StyleIds.ListParagraph or StyleIds.TableText or StyleIds.FootnoteText ? id : StyleIds.For(StyleIds.BodyText, language);
                yield return Paragraph(id, NameOf(baseId) + " " + language.Code().ToUpperInvariant(), baseId, next, null, Lang(language));
            }
        }

        for (var level = 1; level <= StyleIds.MaxHeadingLevel; level++)
        {
            yield return Heading(level, outline, size);
        }

        var other = outline == Language.Fr ? Language.Nl : Language.Fr;
        for (var level = 1; level <= StyleIds.MaxHeadingLevel; level++)
        {
            yield return Paragraph(StyleIds.Heading(level, other, outline), StyleIds.HeadingName(level, other, outline), StyleIds.Heading(level, outline, outline),
                StyleIds.For(StyleIds.BodyText, other), new StyleParagraphProperties { OutlineLevel = new OutlineLevel { Val = 9 } }, Lang(other));
        }

        for (var level = 1; level <= StyleIds.MaxTocLevel; level++)
        {
            yield return Toc(level, page);
            foreach (var language in LanguageExtensions.All)
            {
                yield return Paragraph(StyleIds.Toc(level, language), "TOC " + Num(level) + " " + language.Code().ToUpperInvariant(),
                    "TOC" + Num(level), StyleIds.For(StyleIds.BodyText, language), null, Lang(language));
            }
        }

        yield return Paragraph(StyleIds.Header, "header", StyleIds.Normal, StyleIds.Header, HeaderFooterProperties(page), new StyleRunProperties { FontSize = HalfPoints(size - 2) });
        yield return Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, StyleIds.Footer, HeaderFooterProperties(page), new StyleRunProperties { FontSize = HalfPoints(size - 2) });
        yield return Paragraph(StyleIds.Spacer, "Spacer", StyleIds.Normal, StyleIds.Normal,
            new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "40", LineRule = LineSpacingRuleValues.Exact } },
            new StyleRunProperties { FontSize = HalfPoints(2) });

        yield return new Style(new StyleName { Val = "footnote reference" }, new BasedOn { Val = StyleIds.DefaultParagraphFont }, new UIPriority { Val = 99 },
            new StyleRunProperties { VerticalTextAlignment = new VerticalTextAlignment { Val = VerticalPositionValues.Superscript } })
        {
            Type = StyleValues.Character, StyleId = StyleIds.FootnoteReference,
        };
        yield return new Style(new StyleName { Val = "Hyperlink" }, new BasedOn { Val = StyleIds.DefaultParagraphFont }, new UIPriority { Val = 99 },
            new StyleRunProperties { Color = new Color { Val = "1F3864" } })
        {
            Type = StyleValues.Character, StyleId = StyleIds.Hyperlink,
        };

        yield return TableStyles.Layout();
        yield return TableStyles.Data();
    }

    internal static StyleRunProperties Lang(Language language) =>
        new() { Languages = new Languages { Val = StyleIds.LanguageTag(language) } };

    internal static FontSize HalfPoints(int halfPoints) => new() { Val = halfPoints.ToString(CultureInfo.InvariantCulture) };

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static SpacingBetweenLines Spacing(int before, int after) =>
        new() { Before = Num(before), After = Num(after) };

    private static string NameOf(string baseId) => baseId switch
    {
        StyleIds.BodyText => "Body Text",
        StyleIds.ListParagraph => "List Paragraph",
        StyleIds.TableText => "Table Text",
        StyleIds.FootnoteText => "Footnote Text",
        StyleIds.TocHeading => "TOC Heading",
        _ => baseId,
    };

    private static DocDefaults Defaults(PageSetup page, Language outline) =>
        new(
            new RunPropertiesDefault(new RunPropertiesBaseStyle
            {
                RunFonts = new RunFonts { Ascii = page.Font, HighAnsi = page.Font, ComplexScript = page.Font, EastAsia = page.Font },
                FontSize = HalfPoints(page.FontHalfPoints),
                FontSizeComplexScript = new FontSizeComplexScript { Val = Num(page.FontHalfPoints) },
                Languages = new Languages { Val = StyleIds.LanguageTag(outline), EastAsia = "en-US", Bidi = "ar-SA" },
            }),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            }));

    private static Style Heading(int level, Language outline, int size)
    {
        var run = new StyleRunProperties { Bold = level <= 4 ? new Bold() : null, Italic = level >= 4 ? new Italic() : null };
        run.FontSize = HalfPoints(level switch { 1 => size + 4, 2 => size + 2, _ => size });
        run.Languages = new Languages { Val = StyleIds.LanguageTag(outline) };
        var paragraph = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            SpacingBetweenLines = Spacing(level == 1 ? 240 : 180, 120),
            Justification = new Justification { Val = level == 1 ? JustificationValues.Center : JustificationValues.Left },
            OutlineLevel = new OutlineLevel { Val = level - 1 },
        };
        return Paragraph(StyleIds.Heading(level, outline, outline), StyleIds.HeadingName(level, outline, outline), StyleIds.Normal,
            StyleIds.For(StyleIds.BodyText, outline), paragraph, run);
    }

    private static Style Toc(int level, PageSetup page)
    {
        var paragraph = new StyleParagraphProperties
        {
            Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = page.TextWidth - 10 }),
            SpacingBetweenLines = Spacing(0, 60),
            Indentation = new Indentation { Left = Num((level - 1) * 220), Right = "397" },
        };
        return Paragraph("TOC" + Num(level), "toc " + Num(level), StyleIds.Normal, StyleIds.Normal, paragraph, null);
    }

    private static StyleParagraphProperties HeaderFooterProperties(PageSetup page) => new()
    {
        Tabs = new Tabs(
            new TabStop { Val = TabStopValues.Center, Position = page.TextWidth / 2 },
            new TabStop { Val = TabStopValues.Right, Position = page.TextWidth }),
    };

    private static Style TableNormal() =>
        new(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table, StyleId = StyleIds.TableNormal, Default = true,
        };

    private static Style Paragraph(
        string id, string name, string? basedOn, string? next, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.StyleName = new StyleName { Val = name };
        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
        }

        if (next is not null)
        {
            style.NextParagraphStyle = new NextParagraphStyle { Val = next };
        }

        style.PrimaryStyle = new PrimaryStyle();
        if (paragraph is not null)
        {
            style.StyleParagraphProperties = paragraph;
        }

        if (run is not null)
        {
            style.StyleRunProperties = run;
        }

        return style;
    }
}
