using System.Globalization;
using System.Text;

namespace PolicyGen.Documents;

/// <summary>The stable text form of a per-language <see cref="Document"/>, for golden tests and debugging.</summary>
public static class DocumentDump
{
    public static string Write(Document document)
    {
        var output = new StringBuilder();
        var writer = new DumpWriter(output);
        writer.Line($"document {document.Name} {document.Language.ToString().ToLowerInvariant()} ({document.Source})");
        writer.Blocks(document.Blocks, 1);
        WriteFootnotes(writer, document.Footnotes, "footnotes", 1);
        return output.ToString();
    }

    /// <summary>Writes a list of footnotes under a title line, at a depth.</summary>
    public static void WriteFootnotes(DumpWriter writer, IReadOnlyList<Footnote> footnotes, string title, int depth)
    {
        if (footnotes.Count == 0)
        {
            return;
        }

        writer.LineAt(depth, title);
        foreach (var note in footnotes)
        {
            writer.LineAt(depth + 1, $"footnote {note.Number.ToString(CultureInfo.InvariantCulture)}");
            writer.Blocks(note.Blocks, depth + 2);
        }
    }
}
