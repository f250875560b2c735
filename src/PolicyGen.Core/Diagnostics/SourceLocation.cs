namespace PolicyGen.Diagnostics;

/// <summary>A place in a source file: path relative to the project folder, 1-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location for things that do not come from a file.</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0, 0);

    public bool IsNone => Path.Length == 0;

    /// <summary>The location in MSBuild form: <c>path(line,col)</c>.</summary>
    public override string ToString() => IsNone ? "policygen" : Line > 0 ? $"{Path}({Line},{Column})" : Path;
}
