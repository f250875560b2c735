using System.Collections.Concurrent;
using System.Reflection;

namespace PolicyGen.Model.Metadata;

/// <summary>One bindable property of a model type: its YAML key and what it holds.</summary>
public sealed record MemberShape(string Key, PropertyInfo Property, bool Required, bool Markdown, string? Doc)
{
    public Type Type => Property.PropertyType;
}

/// <summary>
/// The YAML shape of a model class, read once from its public settable properties. The binder, the
/// JSON Schema writer and the "did you mean" suggestions all use this one description.
/// </summary>
public sealed class TypeShape
{
    private static readonly ConcurrentDictionary<Type, TypeShape> Cache = new();

    private TypeShape(Type type)
    {
        Type = type;
        Doc = type.GetCustomAttribute<DocAttribute>()?.Text;
        Members = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
                && p.PropertyType != typeof(Diagnostics.SourceLocation))
            .OrderBy(p => p.MetadataToken)
            .Select(p => new MemberShape(
                p.GetCustomAttribute<YamlKeyAttribute>()?.Key ?? SnakeCase.From(p.Name),
                p,
                p.GetCustomAttribute<RequiredKeyAttribute>() is not null,
                p.GetCustomAttribute<MarkdownAttribute>() is not null,
                p.GetCustomAttribute<DocAttribute>()?.Text))];
        ByKey = Members.ToDictionary(m => m.Key, StringComparer.Ordinal);
    }

    public Type Type { get; }

    public string? Doc { get; }

    public IReadOnlyList<MemberShape> Members { get; }

    public IReadOnlyDictionary<string, MemberShape> ByKey { get; }

    public static TypeShape Of(Type type) => Cache.GetOrAdd(type, t => new TypeShape(t));
}
