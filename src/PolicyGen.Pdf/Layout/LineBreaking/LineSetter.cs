namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>
/// Places the content of broken lines: boxes at their natural widths, each glue at
/// <c>width + ratio·stretch</c> (or <c>·shrink</c>), consecutive boxes of the same font merged into one fragment, the
/// hyphen of a hyphenation break appended. A justified line's last fragment ends at the slot's right edge.
/// </summary>
public static class LineSetter
{
    /// <summary>The placed line for <paramref name="line"/> of <paramref name="items"/>.</summary>
    public static TypesetLine Set(IReadOnlyList<LayoutItem> items, LineBreak line, IFontMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(metrics);
        var fragments = new List<PlacedFragment>();
        var x = line.Slot.Indent;
        var text = new System.Text.StringBuilder();
        var font = default(FontSpec);
        var fragmentX = x;
        var fragmentWidth = 0.0;

        void Flush(bool spaceAfter)
        {
            if (text.Length > 0)
            {
                fragments.Add(new PlacedFragment(TextPool.Of(text), font, fragmentX, fragmentWidth, spaceAfter));
                text.Clear();
            }
        }

        for (var i = line.Start; i < line.End; i++)
        {
            var item = items[i];
            switch (item.Kind)
            {
                case ItemKind.Box:
                    if (text.Length > 0 && item.Font != font)
                    {
                        Flush(spaceAfter: false);
                    }

                    if (text.Length == 0)
                    {
                        font = item.Font;
                        fragmentX = x;
                        fragmentWidth = 0;
                    }

                    text.Append(item.Text);
                    fragmentWidth += item.Width;
                    x += item.Width;
                    break;
                case ItemKind.Glue:
                    Flush(spaceAfter: item.Width > 0);
                    x += GlueWidth(item, line.Ratio);
                    break;
                default:
                    break;
            }
        }

        if (line.HyphenAdded)
        {
            var hyphen = items[line.End];
            if (text.Length > 0 && hyphen.Font == font)
            {
                text.Append(hyphen.Text);
                fragmentWidth += hyphen.Width;
            }
            else
            {
                Flush(spaceAfter: false);
                fragments.Add(new PlacedFragment(hyphen.Text, hyphen.Font, x, hyphen.Width, SpaceAfter: false));
            }
        }

        Flush(spaceAfter: false);
        var ascent = 0.0;
        var descent = 0.0;
        foreach (var f in fragments.Select(f => f.Font).Distinct())
        {
            ascent = Math.Max(ascent, metrics.Ascent(f));
            descent = Math.Max(descent, metrics.Descent(f));
        }

        return new TypesetLine(line, fragments, ascent, descent);
    }

    /// <summary>The set width of a glue on a line with adjustment <paramref name="ratio"/>.</summary>
    public static double GlueWidth(LayoutItem glue, double ratio) =>
        glue.InfiniteStretch ? glue.Width
        : ratio >= 0 ? glue.Width + ratio * glue.Stretch
        : glue.Width + ratio * glue.Shrink;
}
