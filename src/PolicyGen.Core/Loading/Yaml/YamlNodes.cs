using PolicyGen.Diagnostics;

namespace PolicyGen.Loading.Yaml;

/// <summary>A YAML node with the place it was written; the loader's only view of a source file.</summary>
public abstract class YamlNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>What kind of node this is, in words, for diagnostics.</summary>
    public abstract string KindName { get; }
}

/// <summary>A scalar. <see cref="IsPlain"/> is false for quoted and block scalars.</summary>
public sealed class YamlScalar(SourceLocation location, string value, bool isPlain) : YamlNode(location)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    /// <summary>A plain empty scalar or <c>null</c>/<c>~</c>: the key is present with no value.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => "a scalar";
}

/// <summary>A sequence of nodes.</summary>
public sealed class YamlSequence(SourceLocation location, List<YamlNode> items) : YamlNode(location)
{
    public List<YamlNode> Items { get; } = items;

    public override string KindName => "a list";
}

/// <summary>A mapping with scalar keys, in source order, without duplicates.</summary>
public sealed class YamlMapping(SourceLocation location, List<KeyValuePair<YamlScalar, YamlNode>> entries) : YamlNode(location)
{
    public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override string KindName => "a mapping";

    public YamlNode? Get(string key)
    {
        foreach (var (k, v) in Entries)
        {
            if (k.Value == key)
            {
                return v;
            }
        }

        return null;
    }
}
