using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;

namespace PolicyGen.Docx.Reference;

/// <summary>The style ids that content refers to (paragraph, character and table styles).</summary>
public static class StyleUsage
{
    public static SortedSet<string> Of(IEnumerable<OpenXmlElement> roots)
    {
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            foreach (var element in root.Descendants())
            {
                var id = element switch
                {
                    ParagraphStyleId p => p.Val?.Value,
                    RunStyle r => r.Val?.Value,
                    TableStyle t => t.Val?.Value,
                    _ => null,
                };
                if (id is not null)
                {
                    used.Add(id);
                }
            }
        }

        return used;
    }

    /// <summary>The ids with the styles they are based on, as defined in <paramref name="styles"/>.</summary>
    public static SortedSet<string> WithAncestors(IEnumerable<string> ids, WordStyles styles)
    {
        var byId = styles.Elements<Style>().Where(s => s.StyleId?.Value is not null).ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
        var all = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(ids);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (!all.Add(id))
            {
                continue;
            }

            if (byId.TryGetValue(id, out var style))
            {
                if (style.BasedOn?.Val?.Value is { } basedOn)
                {
                    pending.Push(basedOn);
                }

                if (style.NextParagraphStyle?.Val?.Value is { } next)
                {
                    pending.Push(next);
                }
            }
        }

        return all;
    }
}
