using PolicyGen.Model;

namespace PolicyGen.Cli.Commands;

/// <summary>What a file of the volume or of a note says of its title in its metadata (PDF and DOCX alike).</summary>
public static class FileTitle
{
    /// <summary>Both languages: <c>French / Dutch</c>.</summary>
    public static string Of(LocalizedText? title) => $"{title?.Fr} / {title?.Nl}";

    /// <summary>Each language on its own, as keywords (empty ones are left out by the writer's options).</summary>
    public static string?[] Keywords(LocalizedText? title) => [title?.Fr, title?.Nl];
}
