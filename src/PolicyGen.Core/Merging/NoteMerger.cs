using PolicyGen.Diagnostics;
using PolicyGen.Loading;
using PolicyGen.Loading.Yaml;

namespace PolicyGen.Merging;

/// <summary>
/// Merges the files of one note into one tree before it is bound to the model. Mappings merge key by key;
/// lists whose items carry an identity (<c>id</c>, else <c>number</c>) merge item by item; the two
/// languages of a text may come from different files. Anything else given twice is a conflict naming both
/// places, unless the later item says <c>override: true</c>. Order is the order of first appearance, files
/// taken in the order policygen.yaml lists them; every node keeps its own source position.
/// </summary>
public sealed class NoteMerger(DiagnosticBag diagnostics)
{
    private static readonly string[] IdentityKeys = ["id", "number"];

    public YamlNode? Merge(IReadOnlyList<YamlNode> roots)
    {
        YamlNode? merged = null;
        foreach (var root in roots)
        {
            merged = merged is null ? root : MergeNodes(merged, root, string.Empty, overriding: false);
        }

        return merged;
    }

    private YamlNode MergeNodes(YamlNode a, YamlNode b, string path, bool overriding)
    {
        switch (a, b)
        {
            case (YamlMapping ma, YamlMapping mb):
                return MergeMappings(ma, mb, path, overriding || IsOverride(mb));
            case (YamlSequence sa, YamlSequence sb) when IsKeyed(sa) && IsKeyed(sb):
                return MergeKeyedSequences(sa, sb, path, overriding);
            case (YamlScalar sa, YamlScalar sb) when sa.Value == sb.Value && sa.IsPlain == sb.IsPlain && IsIdentityPath(path):
                return a;
            default:
                if (overriding)
                {
                    return b;
                }

                diagnostics.Add(DiagnosticDescriptors.MergeConflict, b.Location, path, a.Location);
                return a;
        }
    }

    private static bool IsIdentityPath(string path) => IdentityKeys.Any(k => path == k || path.EndsWith("." + k, StringComparison.Ordinal));

    private YamlMapping MergeMappings(YamlMapping a, YamlMapping b, string path, bool overriding)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>(a.Entries);
        foreach (var (key, value) in b.Entries)
        {
            if (key.Value == ModelBinder.OverrideKey)
            {
                continue;
            }

            var index = entries.FindIndex(e => e.Key.Value == key.Value);
            if (index < 0)
            {
                entries.Add(new(key, value));
                continue;
            }

            var childPath = path.Length == 0 ? key.Value : path + "." + key.Value;
            entries[index] = new(entries[index].Key, MergeNodes(entries[index].Value, value, childPath, overriding));
        }

        return new YamlMapping(a.Location, entries);
    }

    private YamlSequence MergeKeyedSequences(YamlSequence a, YamlSequence b, string path, bool overriding)
    {
        var items = new List<YamlNode>(a.Items);
        foreach (var item in b.Items)
        {
            var identity = IdentityOf(item)!;
            var index = items.FindIndex(i => IdentityOf(i) == identity);
            if (index < 0)
            {
                items.Add(item);
            }
            else
            {
                items[index] = MergeNodes(items[index], item, $"{path}[{identity.Value.Key}={identity.Value.Value}]", overriding);
            }
        }

        return new YamlSequence(a.Location, items);
    }

    private static bool IsOverride(YamlMapping map) =>
        map.Get(ModelBinder.OverrideKey) is YamlScalar { Value: "true" };

    /// <summary>A list merges item by item when every item is a mapping with an id or a number.</summary>
    private static bool IsKeyed(YamlSequence seq) => seq.Items.Count > 0 && seq.Items.All(i => IdentityOf(i) is not null);

    private static (string Key, string Value)? IdentityOf(YamlNode node)
    {
        if (node is not YamlMapping map)
        {
            return null;
        }

        foreach (var key in IdentityKeys)
        {
            if (map.Get(key) is YamlScalar { IsNull: false } s)
            {
                return (key, s.Value);
            }
        }

        return null;
    }
}
