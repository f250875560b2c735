using System.Text;
using PolicyGen.Model;

namespace PolicyGen.Tests.Content;

/// <summary>A note of the reference extract: its id in the project and its lines (1-based, inclusive).</summary>
internal sealed record ExtractNote(string Id, int FirstLine, int LastLine);

/// <summary>A paragraph of the extract as compared: in which language, and which of its words were found.</summary>
internal sealed record ParagraphResult(ExtractParagraph Paragraph, Language Language, bool[] Matched)
{
    public int Missed => Matched.Count(m => !m);
}

/// <summary>How much of one note's extract, in one language, the sources hold in order.</summary>
internal sealed class NoteFidelity(string note, Language language, List<ParagraphResult> paragraphs)
{
    public string Note { get; } = note;

    public Language Language { get; } = language;

    public IReadOnlyList<ParagraphResult> Paragraphs { get; } = paragraphs;

    public int Words { get; } = paragraphs.Sum(p => p.Matched.Length);

    public int Found { get; } = paragraphs.Sum(p => p.Matched.Count(m => m));

    public double Recall => Words == 0 ? 1 : (double)Found / Words;

    /// <summary>The paragraphs that miss the most words, with the words they miss, worst first.</summary>
    public string Misses(int max)
    {
        var sb = new StringBuilder();
        foreach (var r in Paragraphs.Where(r => r.Missed > 0).OrderByDescending(r => r.Missed).ThenBy(r => r.Paragraph.FirstLine).Take(max))
        {
            var para = r.Paragraph;
            var excerpt = para.Text.Length <= 110 ? para.Text : para.Text[..110] + "…";
            sb.Append(LineRange(para)).Append($" {r.Missed}/{r.Matched.Length} missed: « {excerpt} »").AppendLine();
            sb.Append("    missing: ").AppendLine(MissingRuns(r));
        }

        return sb.ToString();
    }

    private static string LineRange(ExtractParagraph p) =>
        p.FirstLine == p.LastLine ? $"L{p.FirstLine}" : $"L{p.FirstLine}–L{p.LastLine}";

    /// <summary>The missing words, consecutive ones together, each run with its line.</summary>
    private static string MissingRuns(ParagraphResult r)
    {
        var runs = new List<string>();
        var words = r.Paragraph.Words;
        for (var i = 0; i < words.Count;)
        {
            if (r.Matched[i])
            {
                i++;
                continue;
            }

            var start = i;
            while (i < words.Count && !r.Matched[i])
            {
                i++;
            }

            runs.Add($"[L{words[start].Line}] " + string.Join(' ', words.Skip(start).Take(i - start).Select(w => w.Text)));
        }

        return string.Join(" … ", runs);
    }
}

/// <summary>Measures, once for all tests, the fidelity of the sources of every note to the extract.</summary>
internal static class FidelityMeasure
{
    public static readonly ExtractNote[] Notes =
    [
        new("digitalisation", 1, 8117),
        new("simplification", 8118, 14755),
        new("equal-opportunities", 14756, 18250),
    ];

    private static readonly Lazy<Dictionary<(string Note, Language Language), NoteFidelity>> Results = new(Measure);

    public static NoteFidelity Of(string note, Language language) => Results.Value[(note, language)];

    private static Dictionary<(string, Language), NoteFidelity> Measure()
    {
        var files = SourceWords.NoteFiles(RepoPaths.ContentDirectory);
        var lines = ExtractReader.Load(RepoPaths.ExtractPath);
        var result = new Dictionary<(string, Language), NoteFidelity>();
        foreach (var note in Notes)
        {
            var (fr, nl) = SourceWords.Read(files.GetValueOrDefault(note.Id) ?? []);
            var streams = new Dictionary<Language, SourceStream> { [Language.Fr] = new(fr), [Language.Nl] = new(nl) };
            var perLanguage = new Dictionary<Language, List<ParagraphResult>> { [Language.Fr] = [], [Language.Nl] = [] };
            foreach (var paragraph in ExtractReader.Read(lines, note.FirstLine, note.LastLine))
            {
                if (paragraph.Words.Count == 0)
                {
                    continue;
                }

                var words = paragraph.Words.Select(w => w.Text).ToList();
                ParagraphResult? chosen = null;
                foreach (var language in paragraph.Language is { } l ? [l] : new[] { Language.Fr, Language.Nl })
                {
                    var matched = WordAligner.Align(words, streams[language]);
                    if (chosen is null || matched.Count(m => m) > chosen.Matched.Count(m => m))
                    {
                        chosen = new ParagraphResult(paragraph, language, matched);
                    }
                }

                perLanguage[chosen!.Language].Add(chosen);
            }

            foreach (var (language, paragraphs) in perLanguage)
            {
                result[(note.Id, language)] = new NoteFidelity(note.Id, language, paragraphs);
            }
        }

        return result;
    }
}
