using PolicyGen.Diagnostics;
using PolicyGen.Documents;
using PolicyGen.Markdown;

namespace PolicyGen.Tests.Markdown;

internal static class MarkdownTestSupport
{
    public static (ConvertedMarkdown Result, IReadOnlyList<Diagnostic> Diagnostics) Convert(string markdown, MarkdownDialect dialect)
    {
        var bag = new DiagnosticBag();
        var result = MarkdownConverter.Convert(markdown, dialect, SourceMap.File("test.md"), bag);
        return (result, bag.Sorted());
    }

    public static string Dump(IEnumerable<Block> blocks)
    {
        var output = new System.Text.StringBuilder();
        new DumpWriter(output).Blocks(blocks, 0);
        return output.ToString();
    }
}
