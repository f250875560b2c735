using System.Collections;
using System.Globalization;
using System.Reflection;
using PolicyGen.Diagnostics;
using PolicyGen.Loading.Yaml;
using PolicyGen.Model;
using PolicyGen.Model.Metadata;

namespace PolicyGen.Loading;

/// <summary>
/// Binds positioned YAML nodes to the model, driven by <see cref="TypeShape"/>: unknown keys, wrong kinds
/// of value, unreadable values and missing required keys all become diagnostics, and binding goes on so
/// that one run reports every problem.
/// </summary>
public sealed class ModelBinder(DiagnosticBag diagnostics)
{
    /// <summary>Keys the merger understands and the binder ignores.</summary>
    public const string OverrideKey = "override";

    public T? Bind<T>(YamlNode node)
        where T : class => Bind(node, typeof(T), TypeName(typeof(T))) as T;

    private object? Bind(YamlNode node, Type type, string what)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (node is YamlScalar { IsNull: true } && underlying != typeof(string))
        {
            return null;
        }

        if (underlying == typeof(string))
        {
            return node is YamlScalar s ? (s.IsNull ? null : s.Value) : WrongKind(node, what, "a text");
        }

        if (underlying == typeof(LocalizedText))
        {
            return BindText(node, what);
        }

        if (underlying.IsPrimitive || underlying == typeof(decimal) || underlying == typeof(DateOnly) || underlying.IsEnum)
        {
            return node is YamlScalar scalar ? BindScalar(scalar, underlying, what) : WrongKind(node, what, Describe(underlying));
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            return BindList(node, underlying, what);
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return BindDictionary(node, underlying, what);
        }

        if (typeof(ModelNode).IsAssignableFrom(underlying))
        {
            return BindObject(node, underlying, what);
        }

        throw new InvalidOperationException($"The model type {underlying} has no binding.");
    }

    private object? WrongKind(YamlNode node, string what, string expected)
    {
        diagnostics.Add(DiagnosticDescriptors.WrongNodeKind, node.Location, what, expected, node.KindName);
        return null;
    }

    private LocalizedText? BindText(YamlNode node, string what)
    {
        if (node is not YamlMapping map)
        {
            return (LocalizedText?)WrongKind(node, what, "a text in both languages, {fr: …, nl: …}");
        }

        var text = new LocalizedText { Location = map.Location };
        foreach (var (key, value) in map.Entries)
        {
            if (value is not YamlScalar scalar)
            {
                WrongKind(value, $"{what}.{key.Value}", "a text");
                continue;
            }

            var v = scalar.IsNull ? null : scalar.Value;
            switch (key.Value)
            {
                case "fr":
                    text.Fr = v;
                    text.FrLocation = scalar.Location;
                    break;
                case "nl":
                    text.Nl = v;
                    text.NlLocation = scalar.Location;
                    break;
                case "both":
                    text.Both = v;
                    text.FrLocation = text.NlLocation = scalar.Location;
                    break;
                case OverrideKey:
                    break;
                default:
                    var hint = KeySuggestions.Nearest(key.Value, ["fr", "nl", "both"]);
                    diagnostics.Add(DiagnosticDescriptors.UnknownKey, key.Location, key.Value, what,
                        hint is null ? "; a text has fr and nl (or both)" : $"; did you mean '{hint}'?");
                    break;
            }
        }

        if (text.Both is not null && (map.Get("fr") is not null || map.Get("nl") is not null))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidValue, map.Location, $"{what} gives 'both' and a language; use either both or fr and nl");
        }

        return text;
    }

    private object? BindScalar(YamlScalar scalar, Type type, string what)
    {
        var text = scalar.Value.Trim();
        if (type == typeof(int))
        {
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
            {
                return i;
            }
        }
        else if (type == typeof(decimal))
        {
            if (ModelNumbers.TryParseDecimal(text, out var d))
            {
                return d;
            }
        }
        else if (type == typeof(bool))
        {
            if (text is "true" or "false")
            {
                return text == "true";
            }
        }
        else if (type == typeof(DateOnly))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }
        else if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
            {
                if (SnakeCase.From(name) == text)
                {
                    return Enum.Parse(type, name);
                }
            }
        }

        diagnostics.Add(DiagnosticDescriptors.InvalidValue, scalar.Location, $"{what}: '{scalar.Value}' is not {Describe(type)}");
        return null;
    }

    private object? BindList(YamlNode node, Type listType, string what)
    {
        if (node is not YamlSequence seq)
        {
            return WrongKind(node, what, "a list");
        }

        var itemType = listType.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in seq.Items)
        {
            var value = Bind(item, itemType, $"an item of {what}");
            if (value is not null)
            {
                list.Add(value);
            }
        }

        return list;
    }

    private object? BindDictionary(YamlNode node, Type dictType, string what)
    {
        if (node is not YamlMapping map)
        {
            return WrongKind(node, what, "a mapping");
        }

        var valueType = dictType.GetGenericArguments()[1];
        var dict = (IDictionary)Activator.CreateInstance(dictType, StringComparer.Ordinal)!;
        foreach (var (key, value) in map.Entries)
        {
            var bound = Bind(value, valueType, $"{what}.{key.Value}");
            if (bound is not null)
            {
                dict[key.Value] = bound;
            }
        }

        return dict;
    }

    private object? BindObject(YamlNode node, Type type, string what)
    {
        if (node is YamlScalar scalar)
        {
            return BindShorthand(scalar, type, what);
        }

        if (node is not YamlMapping map)
        {
            return WrongKind(node, what, "a mapping");
        }

        var shape = TypeShape.Of(type);
        var target = (ModelNode)Activator.CreateInstance(type)!;
        target.Location = map.Location;
        foreach (var (key, value) in map.Entries)
        {
            if (key.Value == OverrideKey)
            {
                continue;
            }

            if (!shape.ByKey.TryGetValue(key.Value, out var member))
            {
                var hint = KeySuggestions.Nearest(key.Value, shape.ByKey.Keys);
                diagnostics.Add(DiagnosticDescriptors.UnknownKey, key.Location, key.Value, what,
                    hint is null ? string.Empty : $"; did you mean '{hint}'?");
                continue;
            }

            var bound = Bind(value, member.Type, $"'{member.Key}'");
            if (bound is not null)
            {
                member.Property.SetValue(target, bound);
            }
        }

        foreach (var member in shape.Members.Where(m => m.Required))
        {
            if (member.Property.GetValue(target) is null && map.Get(member.Key) is null)
            {
                diagnostics.Add(DiagnosticDescriptors.MissingRequired, map.Location, what, member.Key);
            }
        }

        return target;
    }

    private object? BindShorthand(YamlScalar scalar, Type type, string what)
    {
        var shorthand = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IScalarShorthand<>));
        if (shorthand is null)
        {
            return WrongKind(scalar, what, "a mapping");
        }

        var method = type.GetMethod(nameof(Deadline.FromScalar), BindingFlags.Public | BindingFlags.Static)!;
        var args = new object?[] { scalar.Value.Trim(), null };
        var result = (ModelNode?)method.Invoke(null, args);
        if (result is null)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidValue, scalar.Location, $"{what}: {args[1]}");
            return null;
        }

        result.Location = scalar.Location;
        return result;
    }

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(int) => "a whole number",
        _ when type == typeof(decimal) => "a number (digits, a point for decimals)",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(DateOnly) => "a date written YYYY-MM-DD",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type).Select(SnakeCase.From)),
        _ => "a value",
    };

    private static string TypeName(Type type) => type.Name switch
    {
        nameof(Volume) => "the project file",
        nameof(Note) => "the note",
        _ => SnakeCase.From(type.Name).Replace('_', ' '),
    };
}
