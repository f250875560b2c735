using PolicyGen.Pdf.Layout.Pagination;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace PolicyGen.Tests.Rendering;

/// <summary>The structure tree of the real volume (tagged PDF), read back with PdfPig and poppler.</summary>
public class TaggedStructureTests
{
    private static readonly string[] Languages = ["fr-BE", "nl-BE"];

    [Fact]
    public void The_catalog_declares_a_tagged_document_in_french_with_its_title_shown()
    {
        using var pdf = PdfDocument.Open(ContentPdf.Pdf);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Assert.Equal("fr-BE", Assert.IsType<StringToken>(catalog.Data["Lang"]).Data);
        var markInfo = Assert.IsType<DictionaryToken>(Resolve(pdf, catalog.Data["MarkInfo"]));
        Assert.True(Assert.IsType<BooleanToken>(markInfo.Data["Marked"]).Data);
        var preferences = Assert.IsType<DictionaryToken>(Resolve(pdf, catalog.Data["ViewerPreferences"]));
        Assert.True(Assert.IsType<BooleanToken>(preferences.Data["DisplayDocTitle"]).Data);
    }

    [Fact]
    public void Each_note_is_a_part_whose_columns_carry_their_language_down_to_headings_paragraphs_lists_tables_and_links()
    {
        using var pdf = PdfDocument.Open(ContentPdf.Pdf);
        var tree = StructureTree.Read(pdf);
        Assert.NotNull(tree);
        var document = Assert.Single(tree.Children);
        Assert.Equal("Document", document.Type);
        Assert.Equal(ContentPdf.Documents.Count, document.Children.Count);
        Assert.All(document.Children, part => Assert.Equal("Part", part.Type));

        var all = tree.All().ToList();
        foreach (var language in Languages)
        {
            var tagged = all.Where(e => e.Language == language).Select(e => e.Type).ToHashSet();
            Assert.Superset(new HashSet<string> { "Div", "H1", "H2", "H3", "H4", "P", "L", "LI", "Lbl", "LBody", "TOC", "TOCI", "Link", "Table", "TR", "TD", "Note" }, tagged);
        }

        // Whatever is read has a language; every link holds its annotation; headers and page numbers are not in the tree.
        Assert.All(all.Where(e => e.MarkedContent > 0), e => Assert.Contains(e.Language, Languages));
        Assert.All(all.Where(e => e.Type == "Link"), e => Assert.Equal(1, e.Annotations));
        Assert.True(all.Sum(e => e.MarkedContent) > 5000, $"{all.Sum(e => e.MarkedContent)} marked-content items");
    }

    [RequiresProgramFact("pdfinfo")]
    public void Pdfinfo_reads_the_headings_and_paragraphs_and_not_the_running_headers()
    {
        var (code, structure) = Programs.Run("pdfinfo", "-struct-text", ContentPdf.NotePath);
        Assert.Equal(0, code);
        Assert.Contains("H1 (block)", structure, StringComparison.Ordinal);
        Assert.Contains("P (block)", structure, StringComparison.Ordinal);
        Assert.Contains("TOCI", structure, StringComparison.Ordinal);
        Assert.Contains("Link (inline)", structure, StringComparison.Ordinal);

        // Words placed one by one still read as words.
        Assert.Contains("Table des matières", structure, StringComparison.Ordinal);
        Assert.Contains("Inhoudstafel", structure, StringComparison.Ordinal);

        // The page shows them (pdftotext), the structure does not read them: they are artifacts.
        var (_, text) = Programs.Run("pdftotext", "-f", "3", "-l", "3", ContentPdf.NotePath, "-");
        Assert.Matches("\u2014 ?\\d+ ?\u2014", text);
        Assert.Contains(ContentPdf.Options.Reference, text, StringComparison.Ordinal);
        Assert.DoesNotMatch("\u2014 ?\\d+ ?\u2014", structure);
        Assert.DoesNotContain(ContentPdf.Options.Reference, structure, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_is_marked_content_and_marked_content_nests_with_text_objects()
    {
        using var pdf = PdfDocument.Open(ContentPdf.Pdf);
        var streams = 0;
        foreach (var page in pdf.GetPages())
        {
            var operators = page.Operations.Select(o => o.Operator).Where(o => o is "BT" or "ET" or "BDC" or "BMC" or "EMC" or "Tj" or "TJ").ToList();
            if (!operators.Contains("Tj"))
            {
                continue;
            }

            streams++;
            var marks = new Stack<bool>();
            var inText = false;
            var textDepth = 0;
            foreach (var op in operators)
            {
                switch (op)
                {
                    case "BT":
                        Assert.False(inText, "BT inside a text object");
                        inText = true;
                        textDepth = marks.Count;
                        break;
                    case "ET":
                        Assert.True(inText && marks.Count == textDepth, "ET with marked content begun inside the text object still open");
                        inText = false;
                        break;
                    case "BDC" or "BMC":
                        marks.Push(inText);
                        break;
                    case "EMC":
                        Assert.True(marks.Count > 0, "EMC without BDC");
                        Assert.True(marks.Pop() == inText, "marked content begun inside a text object ends outside it, or the other way round");
                        break;
                    default:
                        Assert.True(marks.Count > 0, "text drawn outside marked content");
                        break;
                }
            }

            Assert.Empty(marks);
        }

        Assert.True(streams > 100, $"{streams} pages with text");
    }

    [Fact]
    public void The_running_header_is_a_pagination_artifact_and_rules_are_layout_artifacts()
    {
        using var pdf = PdfDocument.Open(ContentPdf.Pdf);
        var layoutPages = ContentPdf.Layout.Pages;
        var rulesSeen = 0;
        foreach (var page in pdf.GetPages())
        {
            var laid = layoutPages[page.Number - 1];
            var headerLines = laid.Regions.Where(r => r.Kind == RegionKind.Header).Sum(r => r.Lines.Count);
            var open = new Stack<string>();
            var headerTexts = 0;
            var headerSequences = 0;
            foreach (var operation in page.Operations)
            {
                switch (operation)
                {
                    case UglyToad.PdfPig.Graphics.Operations.MarkedContent.BeginMarkedContentWithProperties bdc:
                        var kind = bdc.Name.Data;
                        if (kind == "Artifact")
                        {
                            var properties = bdc.Properties!.Data;
                            kind += "/" + ((NameToken)properties["Type"]).Data + (properties.TryGetValue("Subtype", out var subtype) ? "/" + ((NameToken)subtype).Data : string.Empty);
                        }

                        headerSequences += kind == "Artifact/Pagination/Header" ? 1 : 0;
                        open.Push(kind);
                        break;
                    case UglyToad.PdfPig.Graphics.Operations.MarkedContent.BeginMarkedContent:
                        open.Push("untyped");
                        break;
                    case UglyToad.PdfPig.Graphics.Operations.MarkedContent.EndMarkedContent:
                        open.Pop();
                        break;
                    case UglyToad.PdfPig.Graphics.Operations.TextShowing.ShowText or UglyToad.PdfPig.Graphics.Operations.TextShowing.ShowTextsWithPositioning:
                        Assert.DoesNotContain("untyped", open);
                        headerTexts += open.Contains("Artifact/Pagination/Header") ? 1 : 0;
                        break;
                    case UglyToad.PdfPig.Graphics.Operations.PathPainting.StrokePath:
                        Assert.Equal("Artifact/Layout", open.Peek());
                        rulesSeen++;
                        break;
                }
            }

            // One sequence for the whole running header, holding exactly its lines (a line may be drawn in pieces).
            Assert.Equal(headerLines > 0 ? 1 : 0, headerSequences);
            Assert.InRange(headerTexts, headerLines, headerLines * 4);
        }

        Assert.True(rulesSeen > 0, "no rule drawn: the layout artifacts are not tested");
    }

    [Fact]
    public void A_word_cut_by_hyphenation_reads_with_a_soft_hyphen_and_a_hyphen_of_the_text_stays()
    {
        using var pdf = PdfDocument.Open(ContentPdf.Pdf);
        var actualTexts = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            foreach (var operation in page.Operations.OfType<UglyToad.PdfPig.Graphics.Operations.MarkedContent.BeginMarkedContentWithProperties>())
            {
                if (operation.Name.Data == "Span" && operation.Properties?.Data.TryGetValue("ActualText", out var token) == true)
                {
                    actualTexts.Add(token switch
                    {
                        HexToken hex => hex.Data,
                        StringToken text => text.Data,
                        _ => throw new InvalidOperationException($"ActualText is a {token.GetType().Name}"),
                    });
                }
            }
        }

        // One span for each line of the structure that ends with an added hyphen; none for a hyphen of the text.
        var lines = ContentPdf.Layout.Pages.SelectMany(p => p.Regions).Where(r => r.Kind != RegionKind.Header)
            .SelectMany(r => r.Lines).Where(l => l.Structure.Count > 0 && l.Structure.All(n => n.Role != StructureRole.Artifact)).ToList();
        var cut = lines.Where(l => l.HyphenAdded).ToList();
        Assert.True(cut.Count > 100, $"{cut.Count} hyphenated lines");
        Assert.True(lines.Any(l => l.Hyphenated && !l.HyphenAdded), "no line breaks at a hyphen of the text: the test proves half of what it says");
        Assert.Equal(cut.Count, actualTexts.Count);
        foreach (var (line, actual) in cut.Zip(actualTexts))
        {
            Assert.EndsWith("\u00AD", actual, StringComparison.Ordinal);
            Assert.EndsWith(actual[..^1] + "-", line.Text, StringComparison.Ordinal);
        }
    }

    [RequiresProgramFact("qpdf")]
    public void Qpdf_finds_neither_errors_nor_warnings_in_the_tagged_volume()
    {
        var (code, output) = Programs.Run("qpdf", "--check", ContentPdf.Path);
        Assert.True(code == 0, output);
        Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
    }

    private static IToken? Resolve(PdfDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
}
