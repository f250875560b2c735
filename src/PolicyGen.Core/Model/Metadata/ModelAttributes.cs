namespace PolicyGen.Model.Metadata;

/// <summary>The key of a property in the YAML sources when it is not the snake_case form of its name.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class YamlKeyAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}

/// <summary>The property must be present once all the files of a note are merged.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredKeyAttribute : Attribute;

/// <summary>A one-line description, shown in the JSON Schema and in docs.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class | AttributeTargets.Field)]
public sealed class DocAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}

/// <summary>Marks a text property whose value is Markdown (rich text) rather than plain text.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MarkdownAttribute : Attribute;
