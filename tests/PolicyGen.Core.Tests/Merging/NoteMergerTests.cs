using CsCheck;
using PolicyGen.Diagnostics;
using PolicyGen.Loading;
using PolicyGen.Loading.Yaml;
using PolicyGen.Merging;
using PolicyGen.Model;

namespace PolicyGen.Tests.Merging;

public class NoteMergerTests
{
    private static (Note? Note, IReadOnlyList<Diagnostic> Diagnostics) Merge(params string[] files)
    {
        var bag = new DiagnosticBag();
        var roots = files.Select((f, i) => new SafeYamlReader().ReadBytes(System.Text.Encoding.UTF8.GetBytes(f), $"f{i}.yaml", bag)!).ToList();
        var merged = new NoteMerger(bag).Merge(roots)!;
        var note = new ModelBinder(bag).Bind<Note>(merged);
        if (note is not null)
        {
            ObjectiveOrder.Apply(note);
        }

        // These notes are fragments: required keys (PG1004) are not what these tests are about.
        return (note, [.. bag.Items.Where(d => d.Id != "PG1004")]);
    }

    [Fact]
    public void Objectives_from_several_files_merge_by_number_and_keep_their_positions()
    {
        var (note, diagnostics) = Merge(
            "title: {fr: T, nl: T}\nstrategic_objectives:\n  - number: 1\n    title: {fr: Un, nl: Een}\n",
            "strategic_objectives:\n  - number: 1\n    operational_objectives:\n      - number: \"1.1\"\n        title: {fr: A, nl: A}\n");
        Assert.Empty(diagnostics);
        var os = Assert.Single(note!.StrategicObjectives!);
        Assert.Equal("Un", os.Title!.Fr);
        Assert.Equal("f0.yaml", os.Title.Location.Path);
        var oo = Assert.Single(os.OperationalObjectives!);
        Assert.Equal("f1.yaml", oo.Location.Path);
    }

    [Fact]
    public void One_file_per_language_merges_texts()
    {
        var (note, diagnostics) = Merge(
            "title: {fr: Titre}\nstrategic_objectives:\n  - number: 1\n    title: {fr: Un}\n",
            "title: {nl: Titel}\nstrategic_objectives:\n  - number: 1\n    title: {nl: Een}\n");
        Assert.Empty(diagnostics);
        Assert.Equal(("Titre", "Titel"), (note!.Title!.Fr, note.Title.Nl));
        Assert.Equal("f1.yaml", note.Title.NlLocation.Path);
        Assert.Equal(("Un", "Een"), (note.StrategicObjectives![0].Title!.Fr, note.StrategicObjectives[0].Title!.Nl));
    }

    [Fact]
    public void A_field_given_twice_names_both_places()
    {
        var (_, diagnostics) = Merge("title: {fr: A, nl: A}\n", "title: {fr: B}\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal("PG2001", d.Id);
        Assert.Equal("f1.yaml", d.Location.Path);
        Assert.Contains("f0.yaml(1,13)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_replaces_the_earlier_value()
    {
        var (note, diagnostics) = Merge(
            "strategic_objectives:\n  - number: 1\n    title: {fr: A, nl: A}\n",
            "strategic_objectives:\n  - number: 1\n    override: true\n    title: {fr: B, nl: B}\n");
        Assert.Empty(diagnostics);
        Assert.Equal("B", note!.StrategicObjectives![0].Title!.Fr);
    }

    [Fact]
    public void Unkeyed_lists_given_twice_conflict()
    {
        var (_, diagnostics) = Merge(
            "strategic_objectives:\n  - number: 1\n    partners: [{fr: A, nl: A}]\n",
            "strategic_objectives:\n  - number: 1\n    partners: [{fr: B, nl: B}]\n");
        Assert.Equal("PG2001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Objectives_are_ordered_by_number_whatever_the_file_order()
    {
        var (note, _) = Merge(
            "strategic_objectives:\n  - number: 2\n    operational_objectives:\n      - {number: \"2.10\", title: {fr: J, nl: J}}\n      - {number: \"2.2\", title: {fr: B, nl: B}}\n",
            "strategic_objectives:\n  - number: 1\n");
        Assert.Equal([1, 2], note!.StrategicObjectives!.Select(o => o.Number!.Value));
        Assert.Equal(["2.2", "2.10"], note.StrategicObjectives![1].OperationalObjectives!.Select(o => o.Number!));
    }

    /// <summary>Splitting a note's objectives over any number of files, in any grouping, gives the same note.</summary>
    [Fact]
    public void Splitting_objectives_over_files_does_not_change_the_note()
    {
        var gen = Gen.Int[1, 6].SelectMany(osCount => Gen.Int[0, 4].Array[osCount].SelectMany(ooCounts =>
            Gen.Int[0, 3].Array[osCount + ooCounts.Sum()].Select(fileOf => (ooCounts, fileOf))));
        gen.Sample(t =>
        {
            var (ooCounts, fileOf) = t;
            var whole = new System.Text.StringBuilder("strategic_objectives:\n");
            var parts = Enumerable.Range(0, 4).Select(_ => new SortedDictionary<int, PartEntry>()).ToArray();
            var k = 0;
            for (var os = 1; os <= ooCounts.Length; os++)
            {
                var head = $"    title: {{fr: OS{os}, nl: SD{os}}}\n";
                whole.Append($"  - number: {os}\n").Append(head);
                Part(parts[fileOf[k++]], os).Head = head;
                if (ooCounts[os - 1] > 0)
                {
                    whole.Append("    operational_objectives:\n");
                }

                for (var oo = 1; oo <= ooCounts[os - 1]; oo++)
                {
                    var item = $"      - {{number: \"{os}.{oo}\", title: {{fr: OO{os}.{oo}, nl: OD{os}.{oo}}}}}\n";
                    whole.Append(item);
                    Part(parts[fileOf[k++]], os).Items.Add(item);
                }
            }

            var files = parts.Where(p => p.Count > 0).Select(p =>
                "strategic_objectives:\n" + string.Concat(p.Select(kv => $"  - number: {kv.Key}\n{kv.Value.Head}"
                    + (kv.Value.Items.Count > 0 ? "    operational_objectives:\n" + string.Concat(kv.Value.Items) : string.Empty)))).ToArray();
            var (expected, d1) = Merge(whole.ToString());
            var (actual, d2) = Merge(files);
            return d1.Count == 0 && d2.Count == 0 && Dump(expected!) == Dump(actual!);
        }, iter: 200);
    }

    private sealed class PartEntry
    {
        public string? Head { get; set; }

        public List<string> Items { get; } = [];
    }

    private static PartEntry Part(SortedDictionary<int, PartEntry> part, int os)
    {
        if (!part.TryGetValue(os, out var entry))
        {
            part[os] = entry = new PartEntry();
        }

        return entry;
    }

    private static string Dump(Note note) => string.Join("|", note.StrategicObjectives!.Select(os =>
        $"{os.Number}:{os.Title?.Fr}/{os.Title?.Nl}[{string.Join(",", (os.OperationalObjectives ?? []).Select(oo => $"{oo.Number}:{oo.Title?.Fr}/{oo.Title?.Nl}"))}]"));
}
