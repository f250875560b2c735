namespace PolicyGen.Tests.Content;

/// <summary>The words of one note in one language, indexed for alignment.</summary>
internal sealed class SourceStream
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<List<int>> _positions = [];

    public SourceStream(IEnumerable<string> words)
    {
        var ids = new List<int>();
        foreach (var word in words)
        {
            if (!_ids.TryGetValue(word, out var id))
            {
                id = _ids.Count;
                _ids[word] = id;
                _positions.Add([]);
            }

            _positions[id].Add(ids.Count);
            ids.Add(id);
        }

        Ids = [.. ids];
    }

    /// <summary>The stream, each word by its id.</summary>
    public int[] Ids { get; }

    /// <summary>The id of a word, or -1 when the sources never use it.</summary>
    public int IdOf(string word) => _ids.TryGetValue(word, out var id) ? id : -1;

    /// <summary>Where a word (by id) stands in the stream, in order.</summary>
    public List<int> PositionsOf(int id) => _positions[id];
}

/// <summary>
/// Aligns a paragraph of the extract with the sources. The paragraph is placed by its rarest words (the
/// offsets they agree on), then the longest common subsequence of its words and the sources' words around
/// that place gives the words found in order. Words matched alone, far from any other matched word, are
/// chance hits of common words and do not count. The place is free: content the format moves (footnotes at
/// the end of a field, a column's end continued on the next page) is found where the sources hold it, but
/// inside a paragraph the order must hold. A source word may serve several paragraphs: the sources legitimately
/// hold once what the print repeats (an action's title in the realisations and in the planning).
/// </summary>
internal static class WordAligner
{
    private const int Anchors = 8;
    private const int CommonWord = 200;
    private const int Candidates = 3;
    private const int MaxGap = 3;

    /// <summary>For each word of the paragraph, whether it was found in order in the sources.</summary>
    public static bool[] Align(IReadOnlyList<string> paragraph, SourceStream source)
    {
        var p = paragraph.Count;
        var ids = paragraph.Select(source.IdOf).ToArray();
        var best = new bool[p];
        var bestCount = -1;
        foreach (var center in Places(ids, source))
        {
            var tolerance = 5 + (p / 4);
            var margin = 10 + (p / 2) + tolerance;
            var from = Math.Max(0, center - margin);
            var to = Math.Min(source.Ids.Length, center + p + margin);
            var matched = Lcs(ids, source.Ids, from, to);
            var count = matched.Count(m => m);
            if (count > bestCount)
            {
                best = matched;
                bestCount = count;
            }
        }

        return best;
    }

    /// <summary>
    /// The likely start positions of the paragraph in the stream, best first. Each of the paragraph's rarest
    /// words votes for the start positions its occurrences imply; a place scores the rarity (log inverse
    /// frequency) of the distinct words that agree on it. Words too common to place anything vote only when the
    /// paragraph has nothing rarer.
    /// </summary>
    private static List<int> Places(int[] ids, SourceStream source)
    {
        var anchors = Enumerable.Range(0, ids.Length)
            .Where(i => ids[i] >= 0)
            .DistinctBy(i => ids[i])
            .OrderBy(i => source.PositionsOf(ids[i]).Count)
            .ThenBy(i => i)
            .Take(Anchors)
            .ToList();
        if (anchors.Count == 0)
        {
            return [];
        }

        var limit = Math.Max(CommonWord, source.PositionsOf(ids[anchors[0]]).Count);
        anchors.RemoveAll(a => source.PositionsOf(ids[a]).Count > limit);
        var votes = new List<(int Offset, int Anchor)>();
        foreach (var a in anchors)
        {
            foreach (var position in source.PositionsOf(ids[a]))
            {
                votes.Add((position - a, a));
            }
        }

        votes.Sort();
        var total = Math.Log(source.Ids.Length + 1.0);
        var weight = anchors.ToDictionary(a => a, a => 1 + total - Math.Log(source.PositionsOf(ids[a]).Count));
        var width = 2 * (5 + (ids.Length / 4));
        var windows = new List<(double Score, int Start)>();
        var inWindow = new Dictionary<int, int>();
        var score = 0.0;
        var left = 0;
        for (var right = 0; right < votes.Count; right++)
        {
            var added = votes[right].Anchor;
            if (inWindow.TryGetValue(added, out var n))
            {
                inWindow[added] = n + 1;
            }
            else
            {
                inWindow[added] = 1;
                score += weight[added];
            }

            while (votes[right].Offset - votes[left].Offset > width)
            {
                var removed = votes[left].Anchor;
                if (--inWindow[removed] == 0)
                {
                    inWindow.Remove(removed);
                    score -= weight[removed];
                }

                left++;
            }

            windows.Add((Math.Round(score, 9), votes[left].Offset));
        }

        var places = new List<int>();
        foreach (var (_, start) in windows.OrderByDescending(w => w.Score).ThenBy(w => w.Start))
        {
            var place = start + (width / 2);
            if (places.All(c => Math.Abs(c - place) > ids.Length + width))
            {
                places.Add(place);
                if (places.Count == Candidates)
                {
                    break;
                }
            }
        }

        return places;
    }

    /// <summary>
    /// The longest common subsequence of the paragraph and <c>stream[from..to)</c>, as matched flags. Among the
    /// longest, the most compact is taken: each stream word skipped between two matches costs a little (never a
    /// match), so that a leading « la » is matched next to the words that follow it, not at an earlier « la ».
    /// Isolated matches (no other match within <see cref="MaxGap"/> words on both sides) do not count.
    /// </summary>
    private static bool[] Lcs(int[] paragraph, int[] stream, int from, int to)
    {
        const int Match = 1 << 16;
        var p = paragraph.Length;
        var w = to - from;
        var stride = w + 1;

        // score[i, j]: the best score of paragraph[i..] against stream[j..], once the alignment has begun.
        var score = new int[(p + 1) * stride];
        for (var i = p - 1; i >= 0; i--)
        {
            for (var j = w - 1; j >= 0; j--)
            {
                var best = Math.Max(score[((i + 1) * stride) + j], score[(i * stride) + j + 1] - 1);
                if (paragraph[i] >= 0 && paragraph[i] == stream[from + j])
                {
                    best = Math.Max(best, score[((i + 1) * stride) + j + 1] + Match);
                }

                score[(i * stride) + j] = best;
            }
        }

        // The alignment may begin anywhere in the window for free.
        var start = 0;
        for (var j = 1; j < w; j++)
        {
            if (score[j] > score[start])
            {
                start = j;
            }
        }

        var pairs = new List<(int I, int J)>();
        for (int i = 0, j = start; i < p && j < w;)
        {
            var here = score[(i * stride) + j];
            if (paragraph[i] >= 0 && paragraph[i] == stream[from + j] && here == score[((i + 1) * stride) + j + 1] + Match)
            {
                pairs.Add((i, j));
                i++;
                j++;
            }
            else if (here == score[((i + 1) * stride) + j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var matched = new bool[p];
        for (var k = 0; k < pairs.Count; k++)
        {
            var near = p <= 2
                || (k > 0 && Near(pairs[k - 1], pairs[k]))
                || (k + 1 < pairs.Count && Near(pairs[k], pairs[k + 1]));
            if (near)
            {
                matched[pairs[k].I] = true;
            }
        }

        return matched;
    }

    private static bool Near((int I, int J) a, (int I, int J) b) => b.I - a.I <= MaxGap && b.J - a.J <= MaxGap;
}
