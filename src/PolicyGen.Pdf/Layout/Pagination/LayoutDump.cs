using System.Globalization;
using System.Text;

namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>
/// The stable text form of a layout, for golden tests: page → region → line, each line with its baseline y, left x,
/// width, word-space ratio and a <c>-</c> when it ends with a hyphen, then its text. Numbers are rounded to 0.01 pt.
/// </summary>
public static class LayoutDump
{
    public static string Write(LayoutResult layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var output = new StringBuilder();
        foreach (var page in layout.Pages)
        {
            Page(output, page);
        }

        Warnings(output, layout);
        return output.ToString();
    }

    private static void Page(StringBuilder output, LayoutPage page)
    {
        output.Append(CultureInfo.InvariantCulture, $"page {page.Number} {page.Document}{(page.IsTitlePage ? " title" : string.Empty)}\n");
        foreach (var region in page.Regions)
        {
            var name = region.Kind switch
            {
                RegionKind.Header => "header",
                RegionKind.Column => $"column {region.Column} {Code(region)}",
                RegionKind.Footnotes => $"footnotes {region.Column} {Code(region)}",
                _ => "spanning",
            };
            var rules = region.Rules.Count > 0 ? $" rules {region.Rules.Count}" : string.Empty;
            output.Append(CultureInfo.InvariantCulture, $"  {name}{rules}\n");
            foreach (var line in region.Lines)
            {
                output.Append(CultureInfo.InvariantCulture,
                    $"    y={N(line.Baseline)} x={N(line.X)} w={N(line.Width)} r={line.Ratio.ToString("0.000", CultureInfo.InvariantCulture)}{(line.Hyphenated ? " -" : string.Empty)} | {Visible(line.Text)}\n");
            }
        }

        foreach (var link in page.Links)
        {
            output.Append(CultureInfo.InvariantCulture, $"  link y={N(link.Y)} x={N(link.X)} w={N(link.Width)} h={N(link.Height)} -> #{link.Target}\n");
        }
    }

    private static void Warnings(StringBuilder output, LayoutResult layout)
    {
        foreach (var warning in layout.Warnings)
        {
            output.Append("warning ").Append(warning).Append('\n');
        }
    }

    private static string Code(PageRegion region) => region.Language is { } language ? (language == Model.Language.Fr ? "fr" : "nl") : "-";

    private static string N(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Visible(string text) => text
        .Replace("\u00A0", "{nbsp}", StringComparison.Ordinal)
        .Replace("\u202F", "{nnbsp}", StringComparison.Ordinal);
}
