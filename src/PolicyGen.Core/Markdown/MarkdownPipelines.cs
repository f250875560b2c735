using Markdig;

namespace PolicyGen.Markdown;

/// <summary>
/// The one Markdig pipeline policygen reads Markdown with: CommonMark plus pipe tables, footnotes, generic
/// attributes (<c>{#id .class key="value"}</c>) and custom containers (<c>::: full-width</c>). Nothing else is
/// enabled, so that a construct the writers do not know stays visible to the converter, which reports it.
/// </summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Default { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseCustomContainers()
        .UseGenericAttributes()
        .Build();
}
