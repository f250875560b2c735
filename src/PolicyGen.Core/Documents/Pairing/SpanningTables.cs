using System.Globalization;
using PolicyGen.Diagnostics;

namespace PolicyGen.Documents.Pairing;

/// <summary>Merges the French and Dutch versions of the tables of a full-width block into bilingual tables.</summary>
public static class SpanningTables
{
    /// <summary>The tables of both versions, merged in order; a pair whose shapes differ is reported and left out.</summary>
    public static IReadOnlyList<Block> Merge(string id, FullWidth french, FullWidth dutch, DiagnosticBag diagnostics)
    {
        var frTables = french.Blocks.OfType<Table>().ToList();
        var nlTables = dutch.Blocks.OfType<Table>().ToList();
        if (frTables.Count != nlTables.Count)
        {
            diagnostics.Add(DiagnosticDescriptors.SpanningTableShape, french.Location, id, Count(frTables.Count, "table"), Count(nlTables.Count, "table"));
            return [];
        }

        var merged = new List<Block>();
        for (var i = 0; i < frTables.Count; i++)
        {
            if (Merge(frTables[i], nlTables[i]) is { } table)
            {
                merged.Add(table with { Id = frTables[i].Id, Location = frTables[i].Location });
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.SpanningTableShape, frTables[i].Location, id, Shape(frTables[i]), Shape(nlTables[i]));
            }
        }

        return merged;
    }

    private static SpanningTable? Merge(Table fr, Table nl)
    {
        if (fr.Rows.Count != nl.Rows.Count || fr.Columns.Count != nl.Columns.Count || fr.HeaderRows != nl.HeaderRows)
        {
            return null;
        }

        var rows = new List<SpanningRow>(fr.Rows.Count);
        for (var r = 0; r < fr.Rows.Count; r++)
        {
            if (fr.Rows[r].Cells.Count != nl.Rows[r].Cells.Count)
            {
                return null;
            }

            var cells = fr.Rows[r].Cells.Zip(nl.Rows[r].Cells, (f, n) =>
                new SpanningCell(f.Content, n.Content, InlineText.Of(f.Content) == InlineText.Of(n.Content)));
            rows.Add(new SpanningRow([.. cells]));
        }

        return new SpanningTable(fr.Columns, rows, fr.HeaderRows);
    }

    private static string Shape(Table table) =>
        $"{Count(table.Rows.Count, "row")} of {Count(table.Columns.Count, "column")}";

    private static string Count(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? string.Empty : "s")}";
}
