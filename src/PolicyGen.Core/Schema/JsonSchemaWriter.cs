using System.Reflection;
using System.Text;
using System.Text.Json;
using PolicyGen.Model;
using PolicyGen.Model.Metadata;

namespace PolicyGen.Schema;

/// <summary>
/// Writes the JSON Schema (draft-07, the dialect YAML editor plugins understand) of the project file and of
/// note files, from the same <see cref="TypeShape"/>s the loader binds with, so the two cannot drift.
/// Note files may each hold part of a note, so their schema requires nothing; the loader checks required
/// keys after merging.
/// </summary>
public static class JsonSchemaWriter
{
    public static string VolumeSchema() => Write(typeof(Volume), "policygen project file (policygen.yaml)", requireKeys: true);

    public static string NoteSchema() => Write(typeof(Note), "policygen note source file", requireKeys: false);

    private static string Write(Type root, string title, bool requireKeys)
    {
        var definitions = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        Collect(root, definitions);
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", title);
            json.WriteString("$ref", $"#/definitions/{root.Name}");
            json.WritePropertyName("definitions");
            json.WriteStartObject();
            foreach (var (name, type) in definitions)
            {
                json.WritePropertyName(name);
                WriteObject(json, type, requireKeys, allowOverride: !requireKeys && type != root);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void Collect(Type type, SortedDictionary<string, Type> definitions)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType)
        {
            foreach (var arg in type.GetGenericArguments())
            {
                Collect(arg, definitions);
            }

            return;
        }

        if (!typeof(ModelNode).IsAssignableFrom(type) || !definitions.TryAdd(type.Name, type))
        {
            return;
        }

        foreach (var member in TypeShape.Of(type).Members)
        {
            Collect(member.Type, definitions);
        }
    }

    private static void WriteObject(Utf8JsonWriter json, Type type, bool requireKeys, bool allowOverride)
    {
        var shape = TypeShape.Of(type);
        var shorthand = type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IScalarShorthand<>));
        json.WriteStartObject();
        if (shape.Doc is { } doc)
        {
            json.WriteString("description", doc);
        }

        if (shorthand)
        {
            json.WritePropertyName("anyOf");
            json.WriteStartArray();
            WriteShorthand(json, type);
            json.WriteStartObject();
        }

        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        if (type == typeof(LocalizedText))
        {
            json.WriteNumber("minProperties", 1);
        }

        json.WritePropertyName("properties");
        json.WriteStartObject();
        foreach (var member in shape.Members)
        {
            json.WritePropertyName(member.Key);
            WriteValue(json, member.Type, member.Doc, member.Key is "number" or "both");
        }

        if (allowOverride && type != typeof(LocalizedText))
        {
            json.WritePropertyName("override");
            json.WriteStartObject();
            json.WriteString("type", "boolean");
            json.WriteString("description", "This item's fields replace those another file gives for the same item.");
            json.WriteEndObject();
        }

        json.WriteEndObject();
        var required = shape.Members.Where(m => m.Required).Select(m => m.Key).ToList();
        if (requireKeys && required.Count > 0)
        {
            json.WritePropertyName("required");
            json.WriteStartArray();
            required.ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }

        if (shorthand)
        {
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteShorthand(Utf8JsonWriter json, Type type)
    {
        var pattern = (string)type.GetProperty(nameof(Deadline.ScalarPattern), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        if (type == typeof(Status))
        {
            json.WriteStartObject();
            json.WritePropertyName("enum");
            json.WriteStartArray();
            foreach (var name in Enum.GetNames<StatusCode>())
            {
                json.WriteStringValue(SnakeCase.From(name));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            return;
        }

        json.WriteStartObject();
        json.WriteString("type", type == typeof(Deadline) ? "integer" : "number");
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("type", "string");
        json.WriteString("pattern", pattern);
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, Type type, string? doc, bool numberAsText)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        json.WriteStartObject();
        if (doc is not null)
        {
            json.WriteString("description", doc);
        }

        if (type == typeof(string))
        {
            if (numberAsText)
            {
                json.WritePropertyName("type");
                json.WriteStartArray();
                json.WriteStringValue("string");
                json.WriteStringValue("number");
                json.WriteEndArray();
            }
            else
            {
                json.WriteString("type", "string");
            }
        }
        else if (type == typeof(int))
        {
            json.WriteString("type", "integer");
        }
        else if (type == typeof(decimal))
        {
            json.WriteString("type", "number");
        }
        else if (type == typeof(bool))
        {
            json.WriteString("type", "boolean");
        }
        else if (type == typeof(DateOnly))
        {
            json.WriteString("type", "string");
            json.WriteString("pattern", @"^\d{4}-\d{2}-\d{2}$");
        }
        else if (type.IsEnum)
        {
            json.WritePropertyName("enum");
            json.WriteStartArray();
            foreach (var name in Enum.GetNames(type))
            {
                json.WriteStringValue(SnakeCase.From(name));
            }

            json.WriteEndArray();
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            json.WriteString("type", "array");
            json.WritePropertyName("items");
            WriteValue(json, type.GetGenericArguments()[0], null, false);
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            json.WriteString("type", "object");
            json.WritePropertyName("additionalProperties");
            WriteValue(json, type.GetGenericArguments()[1], null, false);
        }
        else
        {
            json.WriteString("$ref", $"#/definitions/{type.Name}");
        }

        json.WriteEndObject();
    }
}
