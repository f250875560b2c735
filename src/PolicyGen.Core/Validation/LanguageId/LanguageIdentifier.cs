using System.Text;

namespace PolicyGen.Validation.LanguageId;

/// <summary>
/// A small character-trigram identifier that tells French from Dutch. Its profiles are built from two
/// short texts shipped in the assembly; no dictionary is needed. It answers only when a text is long enough
/// and one language is clearly more likely.
/// </summary>
public sealed class LanguageIdentifier
{
    private const int MinLetters = 60;
    private const double MinMarginPerTrigram = 0.35;

    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _fr;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _nl;
    private readonly double _frUnseen;
    private readonly double _nlUnseen;

    private LanguageIdentifier()
    {
        // Looked up by spans of the text: no string is made for a trigram.
        var (fr, frUnseen) = Profile(Load("fr.txt"));
        var (nl, nlUnseen) = Profile(Load("nl.txt"));
        (_fr, _frUnseen) = (fr.GetAlternateLookup<ReadOnlySpan<char>>(), frUnseen);
        (_nl, _nlUnseen) = (nl.GetAlternateLookup<ReadOnlySpan<char>>(), nlUnseen);
    }

    public static LanguageIdentifier Instance { get; } = new();

    /// <summary>The likelier language of <paramref name="text"/>, or null when the text is short or unclear.</summary>
    public Model.Language? Identify(string text)
    {
        var padded = Padded(text);
        var count = 0;
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            count += padded[i + 1] != ' ' ? 1 : 0;
        }

        if (count < MinLetters)
        {
            return null;
        }

        double fr = 0, nl = 0;
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            if (padded[i + 1] != ' ')
            {
                var t = padded.AsSpan(i, 3);
                fr += _fr.TryGetValue(t, out var pf) ? pf : _frUnseen;
                nl += _nl.TryGetValue(t, out var pn) ? pn : _nlUnseen;
            }
        }

        var margin = (fr - nl) / count;
        return margin > MinMarginPerTrigram ? Model.Language.Fr : margin < -MinMarginPerTrigram ? Model.Language.Nl : null;
    }

    private static string Load(string name)
    {
        var assembly = typeof(LanguageIdentifier).Assembly;
        using var stream = assembly.GetManifestResourceStream($"PolicyGen.Validation.LanguageId.{name}")
            ?? throw new InvalidOperationException($"Missing resource {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static (Dictionary<string, double> LogProbabilities, double Unseen) Profile(string corpus)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var t in Trigrams(corpus))
        {
            counts[t] = counts.GetValueOrDefault(t) + 1;
            total++;
        }

        // Add-one smoothing over a nominal vocabulary of 30^3 trigrams.
        const double vocabulary = 27_000;
        var result = counts.ToDictionary(kv => kv.Key, kv => Math.Log((kv.Value + 1) / (total + vocabulary)), StringComparer.Ordinal);
        return (result, Math.Log(1 / (total + vocabulary)));
    }

    /// <summary>Trigrams of lower-cased letters, words padded with spaces; digits and punctuation separate words.</summary>
    private static IEnumerable<string> Trigrams(string text)
    {
        var s = Padded(text);
        for (var i = 0; i + 3 <= s.Length; i++)
        {
            if (s[i + 1] != ' ')
            {
                yield return s.Substring(i, 3);
            }
        }
    }

    /// <summary>The letters of <paramref name="text"/> lower-cased, each run of other characters one space, a space at both ends.</summary>
    private static string Padded(string text)
    {
        var sb = new StringBuilder(" ");
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        if (sb[^1] != ' ')
        {
            sb.Append(' ');
        }

        return sb.ToString();
    }
}
