using PolicyGen.Diagnostics;

namespace PolicyGen.Markdown;

/// <summary>
/// Maps positions inside a text read from YAML back to the YAML file. A block scalar (<c>|</c> or <c>&gt;</c>)
/// keeps its lines: line <c>n</c> of the text is line <c>n</c> after the indicator, shifted by the block's
/// indentation. Other scalars are mapped from their start, which is exact for one-line texts.
/// </summary>
public sealed class YamlTextMap(string projectRoot)
{
    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);

    public SourceMap For(SourceLocation location)
    {
        if (location.IsNone || location.Line <= 0)
        {
            return SourceMap.Fixed(location);
        }

        var lines = Lines(location.Path);
        if (lines is null || location.Line > lines.Length)
        {
            return SourceMap.Fixed(location);
        }

        var line = lines[location.Line - 1];
        var column = location.Column - 1;
        if (column >= 0 && column < line.Length && line[column] is '|' or '>')
        {
            var first = location.Line;
            while (first < lines.Length && lines[first].Trim().Length == 0)
            {
                first++;
            }

            var indent = first < lines.Length ? lines[first].Length - lines[first].TrimStart(' ').Length : 0;
            return SourceMap.Offset(location.Path, location.Line + 1, indent);
        }

        var quoted = column >= 0 && column < line.Length && line[column] is '"' or '\'';
        return SourceMap.Offset(location.Path, location.Line, column + (quoted ? 1 : 0));
    }

    private string[]? Lines(string path)
    {
        if (!_files.TryGetValue(path, out var lines))
        {
            // Locations name files as the loader printed them: relative to the current folder, or absolute.
            var full = File.Exists(path) ? path : Path.Combine(projectRoot, path);
            lines = File.Exists(full) ? File.ReadAllText(full).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n') : null;
            _files[path] = lines;
        }

        return lines;
    }
}
