using PolicyGen.Diagnostics;
using Markdig.Syntax;

namespace PolicyGen.Markdown;

/// <summary>What the block and inline converters share: the dialect, the source map and the diagnostics.</summary>
internal sealed class ConversionContext(string source, MarkdownDialect dialect, SourceMap map, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, int> _synthetic = new(StringComparer.Ordinal);

    /// <summary>The Markdown being converted.</summary>
    public string Source { get; } = source;

    public MarkdownDialect Dialect { get; } = dialect;

    public bool IsRichText => Dialect == MarkdownDialect.RichText;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation Locate(MarkdownObject node) => map.Locate(Math.Max(node.Line, 0), Math.Max(node.Column, 0));

    /// <summary>Reports a construct the writers do not support.</summary>
    public void Unsupported(MarkdownObject node, string construct, string? advice = null)
    {
        var where = IsRichText ? "in rich text" : "in the Markdown produced by the templates";
        var message = $"{construct} is not supported {where}" + (advice is null ? string.Empty : "; " + advice);
        Diagnostics.Add(DiagnosticDescriptors.UnsupportedMarkdown, Locate(node), message);
    }

    /// <summary>A positional id for a sync block written without one: <c>page-break-2</c>.</summary>
    public string SyntheticId(string kind)
    {
        var n = _synthetic.TryGetValue(kind, out var count) ? count + 1 : 1;
        _synthetic[kind] = n;
        return kind + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
