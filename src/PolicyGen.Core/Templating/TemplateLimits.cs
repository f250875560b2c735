namespace PolicyGen.Templating;

/// <summary>
/// Scriban's guards for one kind of template. Its defaults (1,000 loop iterations shared by nested loops, a
/// 1 MiB output cap that silently truncates) do not fit whole notes: the default A-453 set runs without loop
/// and output limits; a project's own templates keep a loop, recursion and output guard that fails loudly.
/// </summary>
public sealed record TemplateLimits(int LoopLimit, int RecursiveLimit, int StringLimit, int OutputLimit)
{
    /// <summary>For policygen's own templates: no loop or output limit, recursion still guarded.</summary>
    public static TemplateLimits Trusted { get; } = new(LoopLimit: 0, RecursiveLimit: 100, StringLimit: 0, OutputLimit: 0);

    /// <summary>For a project's templates: generous but finite; exceeding a limit is an error, never a truncation.</summary>
    public static TemplateLimits User { get; } = new(LoopLimit: 1_000_000, RecursiveLimit: 100, StringLimit: 64 * 1024 * 1024, OutputLimit: 256 * 1024 * 1024);
}
