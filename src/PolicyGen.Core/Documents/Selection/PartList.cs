namespace PolicyGen.Documents.Selection;

/// <summary>The message for a part that does not exist, listing those that do.</summary>
public static class PartList
{
    /// <summary>
    /// Names the chapters, annexes and strategic objectives (levels 1 and 2); when the reference asked for lies
    /// under one of them (<c>IV.2.9</c>), also the parts directly under it.
    /// </summary>
    public static string Unknown(string note, string asked, IReadOnlyList<DocumentPart> parts)
    {
        var message = $"no chapter or objective '{asked}' in the note '{note}'; its chapters and objectives are: "
            + string.Join(", ", parts.Where(p => p.Level <= 2).Select(p => p.Name));
        var normalized = PartReference.Normalize(asked);
        var dot = normalized.LastIndexOf('.');
        if (dot > 0 && DocumentParts.Find(parts, normalized[..dot]) is { Level: >= 2 } parent)
        {
            var children = parts.Where(p => p.First > parent.First && p.First < parent.First + parent.Count && p.Level == parent.Level + 1).ToList();
            message += children.Count == 0
                ? $"; {parent.Name} has no parts under it"
                : $"; under {parent.Name}: {string.Join(", ", children.Select(p => p.Name))}";
        }

        return message + ". Name a part by its number (II, IV.2, IV.2.3) or by the id of its heading.";
    }
}
