using System.Text;

namespace PolicyGen.Markdown;

/// <summary>
/// Tidies the Markdown templates produce: lines holding only spaces become empty, runs of blank lines become
/// one, and the text ends with a single newline. None of this changes what the Markdown means.
/// </summary>
public static class MarkdownTidy
{
    public static string Tidy(string markdown)
    {
        var result = new StringBuilder(markdown.Length);
        var blank = 0;
        var started = false;
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (raw.Trim().Length == 0)
            {
                blank++;
                continue;
            }

            if (started && blank > 0)
            {
                result.Append('\n');
            }

            blank = 0;
            started = true;
            result.Append(raw).Append('\n');
        }

        return result.ToString();
    }
}
