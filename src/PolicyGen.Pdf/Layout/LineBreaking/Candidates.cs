namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>
/// The best new break node per (fitness class, line class, hyphen run) found at one break: a few entries, kept in
/// the order their keys were first offered (the order the active list then gets them in); an entry is replaced only
/// by strictly fewer demerits, so ties go to the first offer.
/// </summary>
internal sealed class Candidates
{
    private readonly List<(FitnessClass Fitness, int LineClass, int HyphenRun, BreakNode Node)> _entries = [];

    public void Clear() => _entries.Clear();

    /// <summary>
    /// Whether a node with this key and <paramref name="totalDemerits"/> is kept; if so, <paramref name="slot"/> is where
    /// <see cref="Put"/> must put it (an existing entry, or a new one at the end).
    /// </summary>
    public bool Improves(FitnessClass fitness, int lineClass, int hyphenRun, double totalDemerits, out int slot)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (entry.Fitness == fitness && entry.LineClass == lineClass && entry.HyphenRun == hyphenRun)
            {
                slot = i;
                return totalDemerits < entry.Node.TotalDemerits;
            }
        }

        slot = _entries.Count;
        return true;
    }

    /// <summary>Puts <paramref name="node"/> (of line class <paramref name="lineClass"/>) at a slot given by <see cref="Improves"/>.</summary>
    public void Put(int slot, int lineClass, BreakNode node)
    {
        if (slot == _entries.Count)
        {
            _entries.Add((node.Fitness, lineClass, node.HyphenRun, node));
        }
        else
        {
            _entries[slot] = _entries[slot] with { Node = node };
        }
    }

    public void AppendTo(List<BreakNode> active)
    {
        foreach (var entry in _entries)
        {
            active.Add(entry.Node);
        }
    }
}
