using PolicyGen.Diagnostics;

namespace PolicyGen.Markdown;

/// <summary>Maps a 0-based line and column of a Markdown text to a place in a file, for diagnostics and the tree.</summary>
public abstract class SourceMap
{
    public abstract SourceLocation Locate(int line, int column);

    /// <summary>A Markdown text that is a file of its own (a generated note): line and column plus one.</summary>
    public static SourceMap File(string path) => new FileMap(path);

    /// <summary>A Markdown text that starts at a given place of a file and keeps its lines (a YAML block scalar).</summary>
    public static SourceMap Offset(string path, int firstLine, int indent) => new OffsetMap(path, firstLine, indent);

    /// <summary>A Markdown text whose inner positions are unknown: everything maps to one place.</summary>
    public static SourceMap Fixed(SourceLocation location) => new FixedMap(location);

    private sealed class FileMap(string path) : SourceMap
    {
        public override SourceLocation Locate(int line, int column) => new(path, line + 1, column + 1);
    }

    private sealed class OffsetMap(string path, int firstLine, int indent) : SourceMap
    {
        public override SourceLocation Locate(int line, int column) => new(path, firstLine + line, indent + column + 1);
    }

    private sealed class FixedMap(SourceLocation location) : SourceMap
    {
        public override SourceLocation Locate(int line, int column) => location;
    }
}
