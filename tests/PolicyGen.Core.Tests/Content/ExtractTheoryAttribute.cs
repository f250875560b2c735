namespace PolicyGen.Tests.Content;

/// <summary>
/// A theory that needs the reference extract: when the extract is missing, the theory is reported as skipped
/// with the path it looked for, rather than failing or passing silently (xunit 2 has no dynamic skip).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ExtractTheoryAttribute : TheoryAttribute
{
    public ExtractTheoryAttribute()
    {
        string path;
        try
        {
            path = RepoPaths.ExtractPath;
        }
        catch (DirectoryNotFoundException e)
        {
            Skip = $"The repository root cannot be found: {e.Message}";
            return;
        }

        if (!File.Exists(path))
        {
            Skip = $"The reference extract is missing: {path}";
        }
    }
}
