using System.Text;

namespace PolicyGen.Pdf.Hyphenation;

/// <summary>
/// A set of Liang hyphenation patterns (as in TeX and libhyphen) stored in a trie, and the scoring of a word against it:
/// every pattern that matches a substring of <c>.word.</c> raises the level between letters to its digit; odd levels
/// allow a break, even levels forbid it.
/// </summary>
public sealed class LiangPatterns
{
    // The trie's edges, keyed by (node, letter) packed in one long: hashing a long is much cheaper than a tuple's.
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<byte[]?> _values = [null];

    /// <summary>The number of distinct patterns.</summary>
    public int Count { get; private set; }

    /// <summary>The patterns parsed from their TeX notation, e.g. <c>.ab3réa</c>, <c>2'2</c>, <c>4ble.</c>.</summary>
    /// <exception cref="FormatException">A pattern is malformed.</exception>
    /// <exception cref="NotSupportedException">A pattern is non-standard (libhyphen's <c>/</c> replacements).</exception>
    public static LiangPatterns Parse(IEnumerable<string> patterns)
    {
        var set = new LiangPatterns();
        foreach (var pattern in patterns)
        {
            set.Add(pattern);
        }

        return set;
    }

    /// <summary>Adds one pattern in TeX notation; a repeated letter sequence keeps the higher digit at each place.</summary>
    /// <exception cref="FormatException">The pattern is malformed.</exception>
    /// <exception cref="NotSupportedException">The pattern is non-standard (libhyphen's <c>/</c> replacements).</exception>
    public void Add(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var (letters, values) = Split(pattern);
        var node = 0;
        foreach (var letter in letters)
        {
            if (!_edges.TryGetValue(Edge(node, letter), out var child))
            {
                child = _values.Count;
                _values.Add(null);
                _edges.Add(Edge(node, letter), child);
            }

            node = child;
        }

        if (_values[node] is { } existing)
        {
            for (var i = 0; i < values.Length; i++)
            {
                existing[i] = Math.Max(existing[i], values[i]);
            }
        }
        else
        {
            _values[node] = values;
            Count++;
        }
    }

    /// <summary>
    /// The levels between the characters of <paramref name="word"/>, which must already be lowercased and normalised
    /// like the patterns and must not carry the boundary dots. Entry <c>i</c> is the level before <c>word[i]</c>
    /// (so entries 0 and <c>word.Length</c> are the word edges).
    /// </summary>
    public byte[] Levels(ReadOnlySpan<char> word)
    {
        Span<char> dotted = word.Length <= 128 ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        dotted[0] = '.';
        word.CopyTo(dotted[1..]);
        dotted[^1] = '.';

        // Level before dotted[j] is stored at j; the word's position p is dotted position p + 1.
        var dottedLevels = new byte[dotted.Length + 1];
        for (var start = 0; start < dotted.Length; start++)
        {
            var node = 0;
            for (var j = start; j < dotted.Length; j++)
            {
                if (!_edges.TryGetValue(Edge(node, dotted[j]), out node))
                {
                    break;
                }

                if (_values[node] is { } values)
                {
                    for (var k = 0; k < values.Length; k++)
                    {
                        if (values[k] > dottedLevels[start + k])
                        {
                            dottedLevels[start + k] = values[k];
                        }
                    }
                }
            }
        }

        return dottedLevels[1..(word.Length + 2)];
    }

    private static long Edge(int node, char letter) => ((long)node << 16) | letter;

    private static (string Letters, byte[] Values) Split(string pattern)
    {
        var text = pattern.Trim();
        if (text.Length == 0)
        {
            throw new FormatException("Empty hyphenation pattern.");
        }

        if (text.Contains('/', StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Non-standard hyphenation pattern '{pattern}' is not supported.");
        }

        var letters = new StringBuilder(text.Length);
        var values = new List<byte> { 0 };
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                values[^1] = (byte)(c - '0');
            }
            else if (char.IsWhiteSpace(c))
            {
                throw new FormatException($"Hyphenation pattern '{pattern}' contains a space.");
            }
            else
            {
                letters.Append(c);
                values.Add(0);
            }
        }

        if (letters.Length == 0)
        {
            throw new FormatException($"Hyphenation pattern '{pattern}' has no letters.");
        }

        return (letters.ToString(), [.. values]);
    }
}
