using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.Content;

/// <summary>Where the content and the reference extract are.</summary>
internal static class RepoPaths
{
    /// <summary>The folder that holds PolicyLetterGen.sln.</summary>
    public static string Root => Repo.Root;

    /// <summary>The project of the 2021-2022 notes.</summary>
    public static string ContentDirectory => Repo.Path("content", "2021-2022");

    /// <summary>The reference extract, next to the repository: ../shared/seed/.</summary>
    public static string ExtractPath => Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "seed", "a453-2-2021-2022-notes.txt"));
}
