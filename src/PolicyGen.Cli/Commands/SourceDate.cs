using System.Globalization;
using PolicyGen.Model;

namespace PolicyGen.Cli.Commands;

/// <summary>The date written into the PDF and DOCX files: never the clock, so that the same sources give the same bytes.</summary>
public static class SourceDate
{
    /// <summary><c>SOURCE_DATE_EPOCH</c> when set, else the volume's <c>date</c>, else 1980-01-01.</summary>
    public static DateTimeOffset Of(Project project)
    {
        if (long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return DateTimeOffset.FromUnixTimeSeconds(epoch);
        }

        return project.Volume.Date is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
