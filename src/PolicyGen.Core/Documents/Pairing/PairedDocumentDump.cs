using System.Globalization;
using System.Text;
using PolicyGen.Model;

namespace PolicyGen.Documents.Pairing;

/// <summary>
/// The stable text form of a <see cref="PairedDocument"/> (<c>policygen build --format ast</c>): each unit with
/// its id, kind and origin, then its French and Dutch blocks (in the column order), then the footnotes.
/// </summary>
public static class PairedDocumentDump
{
    public static string Write(PairedDocument document)
    {
        var output = new StringBuilder();
        var writer = new DumpWriter(output);
        var columns = string.Join(" | ", document.Columns.Select(c => c.Code()));
        writer.Line($"paired {document.Name} columns {columns} units {document.Units.Count.ToString(CultureInfo.InvariantCulture)}");
        var number = 0;
        foreach (var unit in document.Units)
        {
            number++;
            var id = unit.Id.Length == 0 ? "(start)" : "#" + unit.Id;
            var source = unit.Source.IsNone ? string.Empty : " from " + unit.Source;
            writer.LineAt(1, $"unit {number.ToString(CultureInfo.InvariantCulture)} {id} {Kind(unit.Kind)}{source}");
            foreach (var language in document.Columns)
            {
                writer.LineAt(2, language.Code());
                writer.Blocks(unit.Of(language), 3);
            }

            if (unit.Spanning.Count > 0)
            {
                writer.LineAt(2, "spanning");
                writer.Blocks(unit.Spanning, 3);
            }
        }

        foreach (var language in document.Columns)
        {
            DocumentDump.WriteFootnotes(writer, document.Footnotes(language), "footnotes " + language.Code(), 1);
        }

        return output.ToString();
    }

    private static string Kind(UnitKind kind) => kind switch
    {
        UnitKind.TitlePage => "title-page",
        UnitKind.FullWidth => "full-width",
        UnitKind.PageBreak => "page-break",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
