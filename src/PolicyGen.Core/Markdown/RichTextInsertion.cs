using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace PolicyGen.Markdown;

/// <summary>
/// Prepares a rich-text field for insertion into a note's Markdown. Its footnote labels are renamed so that
/// they are unique in the note (every field may number its notes from <c>[^1]</c>), and its footnote texts are
/// taken out, to be written once at the end of the note; what remains is inserted as whole blocks.
/// </summary>
public sealed class RichTextInsertion
{
    private readonly List<string> _footnotes = [];
    private int _fields;

    /// <summary>The footnote texts taken out so far, each a complete <c>[^label]: …</c> definition.</summary>
    public IReadOnlyList<string> Footnotes => _footnotes;

    /// <summary>The field's blocks, footnotes renamed and taken out, trimmed; newlines are <c>\n</c>.</summary>
    public string Blocks(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim('\n');
        if (!text.Contains("[^", StringComparison.Ordinal))
        {
            return TrimLines(text);
        }

        _fields++;
        var prefix = "n" + _fields.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-";
        var document = Markdig.Markdown.Parse(text, MarkdownPipelines.Default);
        var renamed = RenameCalls(text, document, prefix);
        var lines = renamed.Split('\n');
        var removed = new bool[lines.Length];
        foreach (var footnote in document.Descendants<Footnote>())
        {
            var first = footnote.Line;
            var last = LineOf(text, footnote.Span.End);
            var label = footnote.Label?.TrimStart('^') ?? string.Empty;
            var definition = new StringBuilder();
            for (var i = first; i <= last && i < lines.Length; i++)
            {
                removed[i] = true;
                var line = i == first ? RenameDefinition(lines[i], label, prefix) : lines[i];
                definition.Append(line).Append('\n');
            }

            _footnotes.Add(definition.ToString().TrimEnd('\n'));
        }

        var body = string.Join('\n', lines.Where((_, i) => !removed[i]));
        return TrimLines(body.Trim('\n'));
    }

    /// <summary>
    /// The field for a run-in position (<c>- Label : …</c>): its first paragraph on the line, any further
    /// blocks after a blank line, indented by <paramref name="indent"/> spaces so that they stay inside the item.
    /// </summary>
    public string RunIn(string markdown, int indent)
    {
        var body = Blocks(markdown);
        var document = Markdig.Markdown.Parse(body, MarkdownPipelines.Default);
        var pad = new string(' ', indent);
        if (document.Count == 0)
        {
            return string.Empty;
        }

        var lines = body.Split('\n');
        if (document[0] is not ParagraphBlock first)
        {
            return "\n\n" + string.Join('\n', lines.Select(l => l.Length == 0 ? l : pad + l));
        }

        var firstLast = LineOf(body, first.Span.End);
        var head = string.Join('\n', lines.Take(firstLast + 1).Select((l, i) => i == 0 || l.Length == 0 ? l : pad + l.TrimStart()));
        var rest = lines.Skip(firstLast + 1).SkipWhile(l => l.Trim().Length == 0).ToList();
        return rest.Count == 0 ? head : head + "\n\n" + string.Join('\n', rest.Select(l => l.Length == 0 ? l : pad + l));
    }

    private static string RenameCalls(string text, MarkdownDocument document, string prefix)
    {
        var calls = document.Descendants<FootnoteLink>()
            .Where(l => !l.IsBackLink && l.Span.Start >= 0 && l.Span.End < text.Length)
            .OrderByDescending(l => l.Span.Start)
            .ToList();
        var result = new StringBuilder(text);
        foreach (var call in calls)
        {
            var label = call.Footnote.Label?.TrimStart('^') ?? string.Empty;
            result.Remove(call.Span.Start, call.Span.Length).Insert(call.Span.Start, "[^" + prefix + label + "]");
        }

        return result.ToString();
    }

    private static string RenameDefinition(string line, string label, string prefix)
    {
        var marker = "[^" + label + "]:";
        var at = line.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? line : line[..at] + "[^" + prefix + label + "]:" + line[(at + marker.Length)..];
    }

    private static int LineOf(string text, int offset)
    {
        var line = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static string TrimLines(string text) =>
        text.Contains(" \n", StringComparison.Ordinal) ? string.Join('\n', text.Split('\n').Select(TrimUnlessHardBreak)) : text;

    private static string TrimUnlessHardBreak(string line) => line.EndsWith("  ", StringComparison.Ordinal) ? line : line.TrimEnd(' ');
}
