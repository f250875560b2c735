using PolicyGen.Cli.Reporting;

namespace PolicyGen.Tests;

/// <summary>Pages laid out are shown as they come: rewritten in place on a terminal, a plain line now and then elsewhere.</summary>
public class BuildProgressTests
{
    [Fact]
    public void On_a_terminal_the_page_count_rewrites_the_stage_line()
    {
        using var error = new StringWriter();
        var progress = new BuildProgress(error, interactive: true);
        progress.Stage("laying out the pages");
        Thread.Sleep(BuildProgress.TerminalInterval + TimeSpan.FromMilliseconds(50));
        progress.Pages(12);
        progress.Done();

        var text = error.ToString();
        Assert.Contains("laying out the pages: 12 pages", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
        Assert.Equal(4, text.Count(c => c == '\r'));
    }

    [Fact]
    public void Elsewhere_page_counts_are_not_a_line_per_page()
    {
        using var error = new StringWriter();
        var progress = new BuildProgress(error, interactive: false);
        progress.Stage("laying out the pages");
        for (var page = 1; page <= 500; page++)
        {
            progress.Pages(page);
        }

        progress.Stage("laid out 500 pages");
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length <= 3, string.Join(" / ", lines));
        Assert.DoesNotContain('\r', error.ToString());
    }
}
