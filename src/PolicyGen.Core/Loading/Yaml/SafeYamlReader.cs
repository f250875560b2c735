using System.Text;
using PolicyGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PolicyGen.Loading.Yaml;

/// <summary>
/// Reads one YAML file into positioned nodes, refusing what a source file has no business holding:
/// oversized files, binary or non-UTF-8 content, anchors and aliases, merge keys, tags, duplicate keys,
/// several documents, excessive depth or node counts. Every refusal is a diagnostic located in the file;
/// nothing throws for bad input. Scalars are normalised to Unicode NFC.
/// </summary>
public sealed class SafeYamlReader(YamlLimits limits)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public SafeYamlReader()
        : this(YamlLimits.Default)
    {
    }

    /// <summary>Reads <paramref name="fullPath"/>; diagnostics name it <paramref name="displayPath"/>.</summary>
    public YamlNode? ReadFile(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var start = new SourceLocation(displayPath, 1, 1);
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                diagnostics.Add(DiagnosticDescriptors.FileNotFound, new SourceLocation(displayPath, 0, 0), $"'{displayPath}' does not exist");
                return null;
            }

            if (info.Length > limits.MaxFileBytes)
            {
                diagnostics.Add(DiagnosticDescriptors.FileTooLarge, start, info.Length, limits.MaxFileBytes);
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticDescriptors.FileNotFound, new SourceLocation(displayPath, 0, 0), $"'{displayPath}' cannot be read: {e.Message}");
            return null;
        }

        return ReadBytes(bytes, displayPath, diagnostics);
    }

    /// <summary>Reads YAML from bytes, as if from the file <paramref name="displayPath"/>.</summary>
    public YamlNode? ReadBytes(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.Length > limits.MaxFileBytes)
        {
            diagnostics.Add(DiagnosticDescriptors.FileTooLarge, new SourceLocation(displayPath, 1, 1), bytes.Length, limits.MaxFileBytes);
            return null;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Add(DiagnosticDescriptors.BinaryFile, LocationOfOffset(bytes, nul, displayPath));
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var bad = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : bytes[Math.Min(offset, bytes.Length - 1)];
            diagnostics.Add(DiagnosticDescriptors.InvalidUtf8, LocationOfOffset(bytes, FindInvalidUtf8(bytes), displayPath), bad);
            return null;
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return new Builder(limits, displayPath, diagnostics).Build(text);
    }

    private static int FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[i..], new char[4], out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.Done)
            {
                return bytes.Length;
            }

            // ToUtf16 stops at the first invalid sequence (or when the small buffer is full).
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return i + read;
            }

            i += Math.Max(read, 1);
        }

        return bytes.Length;
    }

    private static SourceLocation LocationOfOffset(ReadOnlySpan<byte> bytes, int offset, string path)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Column in characters where the line is valid UTF-8 so far; bytes otherwise.
        var column = 1;
        for (var i = lineStart; i < offset && i < bytes.Length; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new SourceLocation(path, line, column);
    }

    /// <summary>Builds the node tree from parser events, enforcing the limits as it goes.</summary>
    private sealed class Builder(YamlLimits limits, string path, DiagnosticBag diagnostics)
    {
        private int _nodes;

        public YamlNode? Build(string text)
        {
            var parser = new Parser(new StringReader(text));
            try
            {
                parser.Consume<StreamStart>();
                if (parser.Accept<StreamEnd>(out _))
                {
                    diagnostics.Add(DiagnosticDescriptors.EmptyFile, new SourceLocation(path, 1, 1));
                    return null;
                }

                parser.Consume<DocumentStart>();
                var root = ReadNode(parser, 1);
                if (root is null)
                {
                    return null;
                }

                parser.Consume<DocumentEnd>();
                if (parser.Accept<DocumentStart>(out var second))
                {
                    diagnostics.Add(DiagnosticDescriptors.MultipleDocuments, At(second.Start));
                    return null;
                }

                if (root is YamlScalar { IsNull: true })
                {
                    diagnostics.Add(DiagnosticDescriptors.EmptyFile, new SourceLocation(path, 1, 1));
                    return null;
                }

                return root;
            }
            catch (YamlException e)
            {
                diagnostics.Add(DiagnosticDescriptors.YamlSyntax, At(e.Start), CleanMessage(e.Message));
                return null;
            }
            catch (Exception e) when (e is InvalidOperationException or EndOfStreamException or ArgumentException)
            {
                // The parser gives up in a state where it cannot say more; report where it stopped.
                var at = parser.Current is { } last ? At(last.End) : new SourceLocation(path, 1, 1);
                diagnostics.Add(DiagnosticDescriptors.YamlSyntax, at, "the YAML structure is not complete here (an unclosed bracket, brace or quote?)");
                return null;
            }
        }

        private static string CleanMessage(string message)
        {
            // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; we give the place ourselves.
            var i = message.LastIndexOf("): ", StringComparison.Ordinal);
            return i >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(i + 3)..] : message;
        }

        private SourceLocation At(Mark mark) => new(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

        private YamlNode? ReadNode(IParser parser, int depth)
        {
            var current = parser.Current;
            if (current is null)
            {
                return null;
            }

            if (++_nodes > limits.MaxNodes)
            {
                diagnostics.Add(DiagnosticDescriptors.TooManyNodes, At(current.Start), limits.MaxNodes);
                return null;
            }

            if (depth > limits.MaxDepth)
            {
                diagnostics.Add(DiagnosticDescriptors.TooDeep, At(current.Start), limits.MaxDepth);
                return null;
            }

            if (current is AnchorAlias alias)
            {
                diagnostics.Add(DiagnosticDescriptors.AliasNotAllowed, At(alias.Start));
                return null;
            }

            if (current is NodeEvent node)
            {
                if (!node.Anchor.IsEmpty)
                {
                    diagnostics.Add(DiagnosticDescriptors.AliasNotAllowed, At(node.Start));
                    return null;
                }

                if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
                {
                    diagnostics.Add(DiagnosticDescriptors.TagNotAllowed, At(node.Start), node.Tag.Value);
                    return null;
                }
            }

            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    return new YamlScalar(At(scalar.Start), scalar.Value.Normalize(NormalizationForm.FormC), scalar.Style == ScalarStyle.Plain);
                case SequenceStart seq:
                    return ReadSequence(parser, seq, depth);
                case MappingStart map:
                    return ReadMapping(parser, map, depth);
                default:
                    diagnostics.Add(DiagnosticDescriptors.YamlSyntax, At(current.Start), $"unexpected {current.GetType().Name}");
                    return null;
            }
        }

        private YamlSequence? ReadSequence(IParser parser, SequenceStart start, int depth)
        {
            parser.MoveNext();
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                var item = ReadNode(parser, depth + 1);
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
            }

            return new YamlSequence(At(start.Start), items);
        }

        private YamlMapping? ReadMapping(IParser parser, MappingStart start, int depth)
        {
            parser.MoveNext();
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, depth + 1);
                if (keyNode is null)
                {
                    return null;
                }

                if (keyNode is not YamlScalar key)
                {
                    diagnostics.Add(DiagnosticDescriptors.ComplexKey, keyNode.Location);
                    return null;
                }

                if (key.IsPlain && key.Value == "<<")
                {
                    diagnostics.Add(DiagnosticDescriptors.MergeKeyNotAllowed, key.Location);
                    return null;
                }

                var value = ReadNode(parser, depth + 1);
                if (value is null)
                {
                    return null;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Add(DiagnosticDescriptors.DuplicateKey, key.Location, key.Value, $"{first.Line},{first.Column}");
                    continue;
                }

                seen[key.Value] = key.Location;
                entries.Add(new(key, value));
            }

            return new YamlMapping(At(start.Start), entries);
        }
    }
}
