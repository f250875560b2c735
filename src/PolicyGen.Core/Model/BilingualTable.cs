using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>A table across both columns, each cell either shared (a number) or in both languages.</summary>
public sealed class BilingualTable : ModelNode
{
    [Doc("A stable id, making the table a sync point.")]
    public string? Id { get; set; }

    [Doc("The caption above the table.")]
    public LocalizedText? Caption { get; set; }

    [RequiredKey, Doc("The column headings.")]
    public List<LocalizedText>? Columns { get; set; }

    [RequiredKey, Doc("The rows; each row a list of cells, as many as columns.")]
    public List<TableRow>? Rows { get; set; }
}

/// <summary>A row of a bilingual table.</summary>
public sealed class TableRow : ModelNode
{
    [RequiredKey, Doc("The cells: {both: 80} for a shared value, {fr, nl} for words.")]
    public List<LocalizedText>? Cells { get; set; }
}
