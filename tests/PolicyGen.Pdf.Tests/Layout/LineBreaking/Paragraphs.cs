using PolicyGen.Pdf.Hyphenation;
using PolicyGen.Pdf.Layout;
using PolicyGen.Pdf.Layout.LineBreaking;
using PolicyGen.Tests.Fakes;

namespace PolicyGen.Tests.Layout.LineBreaking;

/// <summary>
/// Helpers for crafted paragraphs on fake metrics: one unit per character at size 1, word spaces of width 1 that
/// stretch by 1 and shrink by 0.5, so adjustment ratios are easy to work out by hand.
/// </summary>
internal static class Paragraphs
{
    public static readonly FixedWidthMetrics Metrics = new();

    public static readonly FontSpec Font = FontSpec.Regular(1);

    public static readonly ItemBuilderOptions Options = ItemBuilderOptions.Default with { SpaceStretch = 1, SpaceShrink = 0.5, HyphenPenalty = 50 };

    public static IReadOnlyList<LayoutItem> Items(string text, IHyphenator? hyphenator = null, ItemBuilderOptions? options = null) =>
        new ParagraphItemBuilder(Metrics, hyphenator, options ?? Options).Build([new TextRun(text, Font)]);

    public static TypesetParagraph Set(
        string text, double width, LineBreakParameters? parameters = null, IHyphenator? hyphenator = null, ParagraphShape? shape = null) =>
        new ParagraphTypesetter(Metrics, hyphenator, parameters, Options)
            .Typeset([new TextRun(text, Font)], shape ?? ParagraphShape.Uniform(width));

    /// <summary>The lines as a reader sees them, joined by <c>|</c>.</summary>
    public static string Lines(TypesetParagraph paragraph) => string.Join(" | ", paragraph.Lines.Select(l => l.Text));

    /// <summary>The longest run of consecutive lines ending in a hyphen.</summary>
    public static int LongestHyphenRun(IEnumerable<LineBreak> lines)
    {
        var run = 0;
        var longest = 0;
        foreach (var line in lines)
        {
            run = line.EndsWithHyphen ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>The paragraph's text back from its lines: added hyphens dropped, lines joined by spaces (or nothing after a hyphen).</summary>
    public static string Reassemble(TypesetParagraph paragraph)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in paragraph.Lines)
        {
            var lineText = line.Text;
            if (line.Break.HyphenAdded)
            {
                text.Append(lineText[..^1]);
            }
            else
            {
                text.Append(lineText);
                if (!line.Break.EndsWithHyphen && !line.Break.IsLast)
                {
                    text.Append(' ');
                }
            }
        }

        return text.ToString();
    }
}
