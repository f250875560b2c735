namespace PolicyGen.Loading.Yaml;

/// <summary>Bounds on what one source file may hold, so hostile input costs little time and memory.</summary>
public sealed record YamlLimits(long MaxFileBytes, int MaxDepth, int MaxNodes)
{
    /// <summary>4 MiB, 64 levels, 250,000 nodes: ten times the largest real note.</summary>
    public static YamlLimits Default { get; } = new(4L * 1024 * 1024, 64, 250_000);
}
