using System.Text;

namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>
/// The pieces of a line as few strings as can be drawn where the layout placed them: neighbouring pieces in the same
/// font, separated by exactly one natural word space (a ragged line, the last line of a paragraph, a heading), become
/// one string with a space between them; a stretched or shrunk space keeps them apart. Each string drawn costs the PDF
/// writer a text-showing operator and its bookkeeping, and most lines that are not justified are one run.
/// </summary>
public static class TextRuns
{
    /// <summary>How far (points) a gap may be from a natural space and still be drawn as one.</summary>
    private const double Tolerance = 0.001;

    /// <summary>The runs of <paramref name="line"/>, left to right; the pieces themselves when none can be joined.</summary>
    public static IReadOnlyList<PlacedText> Of(PlacedLine line, IFontMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(metrics);
        var texts = line.Texts;
        if (texts.Count < 2 || !AnyJoinable(texts, metrics))
        {
            return texts;
        }

        var runs = new List<PlacedText>(texts.Count);
        var text = new StringBuilder();
        var first = texts[0];
        var last = first;
        var pieces = 1;
        text.Append(first.Text);
        for (var i = 1; i < texts.Count; i++)
        {
            var next = texts[i];
            if (Joinable(last, next, metrics))
            {
                text.Append(' ').Append(next.Text);
                pieces++;
            }
            else
            {
                runs.Add(Run(first, last, pieces, text));
                first = next;
                pieces = 1;
                text.Clear().Append(next.Text);
            }

            last = next;
        }

        runs.Add(Run(first, last, pieces, text));
        return runs;
    }

    private static bool AnyJoinable(IReadOnlyList<PlacedText> texts, IFontMetrics metrics)
    {
        for (var i = 1; i < texts.Count; i++)
        {
            if (Joinable(texts[i - 1], texts[i], metrics))
            {
                return true;
            }
        }

        return false;
    }

    private static PlacedText Run(PlacedText first, PlacedText last, int pieces, StringBuilder text) =>
        pieces == 1 ? first : new PlacedText(text.ToString(), first.Font, first.X, first.Baseline, last.X + last.Width - first.X);

    /// <summary>Same font and baseline, no space of their own at the join, one natural space apart.</summary>
    private static bool Joinable(PlacedText left, PlacedText right, IFontMetrics metrics) =>
        left.Font == right.Font
        && left.Baseline == right.Baseline
        && left.Text.Length > 0 && right.Text.Length > 0
        && !char.IsWhiteSpace(left.Text[^1]) && !char.IsWhiteSpace(right.Text[0])
        && Math.Abs(right.X - (left.X + left.Width) - metrics.AdvanceWidth(new Rune(' '), left.Font)) <= Tolerance;
}
