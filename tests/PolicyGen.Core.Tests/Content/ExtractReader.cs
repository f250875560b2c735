using System.Text;
using System.Text.RegularExpressions;
using PolicyGen.Model;
using PolicyGen.Validation.LanguageId;

namespace PolicyGen.Tests.Content;

/// <summary>A word of the extract that the sources must hold, with the line it was printed on.</summary>
internal readonly record struct ExtractWord(string Text, int Line);

/// <summary>A paragraph of the extract: a run of non-blank lines within one page.</summary>
internal sealed class ExtractParagraph
{
    public required int FirstLine { get; init; }

    public required int LastLine { get; init; }

    /// <summary>The paragraph's text, cleaned and de-hyphenated (labels included), for messages.</summary>
    public required string Text { get; init; }

    /// <summary>The words to find in the sources: labels, numbering and produced phrases left out.</summary>
    public required List<ExtractWord> Words { get; init; }

    /// <summary>The page the paragraph is on (pages counted from the start of the extract).</summary>
    public required int Page { get; init; }

    /// <summary>The language the trigram identifier gives, null when the paragraph is too short or unclear.</summary>
    public required Language? Identified { get; init; }

    /// <summary>The language the paragraph is compared in; null when it could be either (see <see cref="ExtractReader"/>).</summary>
    public Language? Language { get; set; }

    /// <summary>The last line ends with a word cut by a hyphen, continued in the same column on a later page.</summary>
    public bool EndsWithHyphen { get; init; }

    /// <summary>The first line starts with a lower-case letter: maybe the rest of a word cut on an earlier page.</summary>
    public bool StartsInLowerCase { get; init; }
}

/// <summary>
/// Reads the reference extract (see /work/shared/seed/README.md): splits it into pages and paragraphs,
/// de-hyphenates and cleans the text, leaves out what policygen produces (page markers, heading numbers, labels,
/// worded values, the derived annex 1 and tables of contents) and tells the paragraphs' languages apart.
/// </summary>
internal static partial class ExtractReader
{
    /// <summary>
    /// Parts of the extract that policygen derives from chapter IV, and which the sources therefore do not type:
    /// annex 1 (the list of objective titles, and in « Simplification administrative » of action titles too)
    /// and the tables of contents with the title page. They are left out rather than matched against the titles:
    /// their wording differs from chapter IV in places (the errata list these), and the chapter IV headings are
    /// already compared. Each part is checked to start where it should, so that a changed extract fails loudly.
    /// </summary>
    private static readonly (int First, int Last, string StartsWith)[] DerivedParts =
    [
        (7889, 8075, "Annexe 1"),         // digitalisation: annex 1 (FR and NL, interleaved by page)
        (8118, 8584, "Inhoudstafel"),     // simplification: tables of contents and the title page
        (14287, 14710, "Annexe 1"),       // simplification: annex 1
        (14756, 14805, "avec la lutte"),  // equal-opportunities: last page of the table of contents
    ];

    /// <summary>The lines of the vertical margin imprint « Deloge » printed after a page marker.</summary>
    private static readonly string[] VerticalLetters = ["D", "el", "og", "e"];

    /// <summary>Conjunctions that follow a hanging hyphen (« aanwervings- en leerplatform »): no de-hyphenation.</summary>
    private static readonly string[] HangingHyphenWords = ["en", "et", "of", "ou"];

    /// <summary>The extract's lines, after checking that the derived parts are where they should be.</summary>
    public static string[] Load(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        foreach (var (first, _, startsWith) in DerivedParts)
        {
            if (first > lines.Length || !WordTokenizer.CleanCharacters(lines[first - 1]).Trim().StartsWith(startsWith, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The extract has changed: line {first} should start with « {startsWith} ».");
            }
        }

        return lines;
    }

    /// <summary>The paragraphs between two lines of the extract (1-based, inclusive).</summary>
    public static List<ExtractParagraph> Read(string[] lines, int firstLine, int lastLine)
    {
        var paragraphs = new List<ExtractParagraph>();
        var current = new List<Line>();
        var page = 0;
        var markerLine = -100;
        for (var n = firstLine; n <= Math.Min(lastLine, lines.Length); n++)
        {
            var raw = lines[n - 1];
            var clean = WordTokenizer.CleanCharacters(raw).Trim();
            var pageStart = raw.StartsWith(' ') || PageMarker().IsMatch(clean);
            if (pageStart)
            {
                Flush(paragraphs, current, page);
                page++;
            }

            if (PageMarker().IsMatch(clean))
            {
                markerLine = n;
                continue;
            }

            var derived = DerivedParts.Any(d => n >= d.First && n <= d.Last);
            var vertical = n - markerLine <= 6 && VerticalLetters.Contains(clean);
            if (clean.Length == 0 || derived || vertical)
            {
                Flush(paragraphs, current, page);
                continue;
            }

            clean = FootnoteInNumber().Replace(clean, string.Empty);
            var marker = ListMarker().Match(clean);
            var text = clean[marker.Length..];
            text = text[HeadingNumber().Match(text).Length..];
            text = text[CrossReference().Match(text).Length..];
            current.Add(new Line(n, text, marker.Length > 0));
        }

        Flush(paragraphs, current, page);
        AssignLanguages(paragraphs);
        JoinWordsCutAcrossPages(paragraphs);
        return paragraphs;
    }

    /// <summary>
    /// A paragraph can continue across a page break in its column, after the other column of the next page;
    /// when its last word was hyphenated there (« commissaria- » … « ten worden voortgezet »), the two halves are
    /// joined: the rest of the word is the first word of the next paragraph in the same language on a later page.
    /// </summary>
    private static void JoinWordsCutAcrossPages(List<ExtractParagraph> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (!p.EndsWithHyphen || p.Language is null || p.Words.Count == 0)
            {
                continue;
            }

            var next = paragraphs.Skip(i + 1).FirstOrDefault(q => q.Page > p.Page && q.Language == p.Language);
            if (next is { StartsInLowerCase: true, Words.Count: > 0 } && next.Words[0].Line == next.FirstLine)
            {
                p.Words[^1] = p.Words[^1] with { Text = p.Words[^1].Text + next.Words[0].Text };
                next.Words.RemoveAt(0);
            }
        }
    }

    /// <summary>
    /// Gives each paragraph the language it is compared in. The identifier decides when it can. A paragraph it
    /// cannot classify (a short list item, a year, a name) belongs to its column: both columns of a page come one
    /// after the other, so such a paragraph takes the language of the classified paragraphs around it on the same
    /// page. When those differ (it sits where one column ends and the other begins) or the page has none, the
    /// paragraph keeps a null language and the comparison tries both languages and keeps the better one.
    /// </summary>
    private static void AssignLanguages(List<ExtractParagraph> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Identified is { } known)
            {
                p.Language = known;
                continue;
            }

            Language? before = null, after = null;
            for (var j = i - 1; j >= 0 && paragraphs[j].Page == p.Page; j--)
            {
                if (paragraphs[j].Identified is { } l)
                {
                    before = l;
                    break;
                }
            }

            for (var j = i + 1; j < paragraphs.Count && paragraphs[j].Page == p.Page; j++)
            {
                if (paragraphs[j].Identified is { } l)
                {
                    after = l;
                    break;
                }
            }

            p.Language = before == after ? before : before is null ? after : after is null ? before : null;
        }
    }

    private static void Flush(List<ExtractParagraph> paragraphs, List<Line> lines, int page)
    {
        if (lines.Count == 0)
        {
            return;
        }

        // Join the lines; a line that ends with a hyphen glued to a word continues on the next line
        // (« admi- » + « nistrations »), unless what follows is a conjunction after a hanging hyphen.
        var sb = new StringBuilder();
        var lineStarts = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (i > 0)
            {
                var previous = lines[i - 1].Text;
                var hyphen = EndHyphen().Match(previous);
                var nextWord = NextWord().Match(text).Value;
                if (hyphen.Success && nextWord.Length > 0 && !HangingHyphenWords.Contains(nextWord))
                {
                    sb.Length -= previous.Length - hyphen.Index;
                }
                else
                {
                    sb.Append('\n');
                }
            }

            lineStarts[i] = sb.Length;
            sb.Append(text);
        }

        var joined = sb.ToString();
        var words = WordTokenizer.Words(WordTokenizer.JoinNumberGroups(joined));
        var lineOf = words.Select(w => LineIndex(lineStarts, w.Start)).ToArray();
        var keep = StripProducedPhrases(words, lineOf, lines);
        var kept = new List<ExtractWord>();
        for (var i = 0; i < words.Count; i++)
        {
            if (keep[i])
            {
                kept.Add(new ExtractWord(words[i].Text, lines[lineOf[i]].Number));
            }
        }

        paragraphs.Add(new ExtractParagraph
        {
            FirstLine = lines[0].Number,
            LastLine = lines[^1].Number,
            Text = joined.Replace('\n', ' '),
            Words = kept,
            Page = page,
            Identified = LanguageIdentifier.Instance.Identify(joined),
            EndsWithHyphen = EndHyphen().IsMatch(lines[^1].Text),
            StartsInLowerCase = lines[0].Text.Length > 0 && char.IsLower(lines[0].Text[0]),
        });
        lines.Clear();
    }

    /// <summary>
    /// Marks the words that policygen produces. A phrase is looked for at the start of a line and right after
    /// another phrase (« Statut de l'OO : Selon le planning, … »). A label must be followed by a colon, or stand
    /// alone on its line where a block label can stand: first in the paragraph, after a dash, or under a line that
    /// was all label. After a threshold label, the threshold words (OK, NOK, vert, rood…) are produced too.
    /// </summary>
    private static bool[] StripProducedPhrases(List<Word> words, int[] lineOf, List<Line> lines)
    {
        var keep = Enumerable.Repeat(true, words.Count).ToArray();
        var lineStripped = new bool[lines.Count];
        for (var l = 0; l < lines.Count && (words.Count == 0 || l < lineOf[0]); l++)
        {
            lineStripped[l] = true;
        }

        var threshold = false;
        var chained = false;
        var afterLabel = false;
        var i = 0;
        while (i < words.Count)
        {
            var line = lineOf[i];
            var startsLine = i == 0 || lineOf[i - 1] != line;
            if (startsLine || chained)
            {
                var blockAllowed = chained || line == 0 || lines[line].HadListMarker || AllStripped(lineStripped, line - 1);
                var dashItem = startsLine && lines[line].HadListMarker;
                var (length, kind) = PhraseMatcher.Default.Longest(words, i, blockAllowed, chained && afterLabel, dashItem);
                if (length > 0)
                {
                    for (var k = i; k < i + length; k++)
                    {
                        keep[k] = false;
                    }

                    threshold = kind == PhraseKind.ThresholdLabel || (threshold && kind == PhraseKind.Value);
                    i += length;
                    chained = true;
                    afterLabel = kind != PhraseKind.Value;
                    MarkStrippedLines(keep, lineOf, lineStripped, i);
                    continue;
                }
            }

            chained = false;
            if (threshold)
            {
                var w = words[i].Text;
                var negation = LabelPhrases.ThresholdNegations.Contains(w) && i + 1 < words.Count
                    && LabelPhrases.ThresholdWords.Contains(words[i + 1].Text);
                if (negation || LabelPhrases.ThresholdWords.Contains(w))
                {
                    keep[i] = false;
                }
            }

            i++;
            MarkStrippedLines(keep, lineOf, lineStripped, i);
        }

        return keep;
    }

    private static bool AllStripped(bool[] lineStripped, int line) => line >= 0 && lineStripped[line];

    /// <summary>Records, for the lines whose words are all read, whether every one of them was left out.</summary>
    private static void MarkStrippedLines(bool[] keep, int[] lineOf, bool[] lineStripped, int read)
    {
        if (read == 0 || (read < lineOf.Length && lineOf[read] == lineOf[read - 1]))
        {
            return;
        }

        var line = lineOf[read - 1];
        var all = true;
        for (var k = read - 1; k >= 0 && lineOf[k] == line; k--)
        {
            all &= !keep[k];
        }

        lineStripped[line] = all;

        // Lines without any word (a lone heading number, a « / ») count as all label.
        for (var l = line + 1; l < lineStripped.Length && (read >= lineOf.Length || l < lineOf[read]); l++)
        {
            lineStripped[l] = true;
        }
    }

    private static int LineIndex(int[] lineStarts, int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    private sealed record Line(int Number, string Text, bool HadListMarker);

    /// <summary>« — 33 —A-453/2 - 2021/2022 A-453/2 - 2021/2022 ».</summary>
    [GeneratedRegex(@"^—\s*\d+\s*—\s*A-453")]
    private static partial Regex PageMarker();

    /// <summary>List markers: en dash, hyphen, bullet, « o », « 1. », « a) ».</summary>
    [GeneratedRegex(@"^(?:[–\-•o]\s+|\d{1,2}[.)]\s+|[a-zA-Z]\)\s+)")]
    private static partial Regex ListMarker();

    /// <summary>Heading numbers: « IV.1.1. OO 1.1. : », « IV.1 SD 1 : », « OS 1 : », « OS1. OO 1.1. : »,
    /// « IV. 6 OS 6 », « IV.2.9. OO. 2.9 », « SD4. », « IV.1.1.1 » (a fourth level).</summary>
    [GeneratedRegex(@"^(?:IV(?:\s?\.\s?\d+)+\.?\s*)?(?:(?:O\.?\s?[OSD]|S\.?\s?D)\.?\s*\d+(?:\s?\.\s?\d+)*\.?\s*)*(?:[:\-–]\s*)?")]
    private static partial Regex HeadingNumber();

    /// <summary>A reference to another objective, which policygen words from <c>see_also</c>: « Voir O.O.1.1. »,
    /// « Zie O.D.1.1. », « Voir O.O2.9 » (the title that may follow is the sources' objective title).</summary>
    [GeneratedRegex(@"^(?:Voir|Zie)\s+O\.?\s?[OD]\.?\s*\d+(?:\.\d+)*\.?\s*:?\s*")]
    private static partial Regex CrossReference();

    /// <summary>A footnote call printed inside a number: « février 202(10)1 » is « 2021 » with footnote 10.</summary>
    [GeneratedRegex(@"(?<=\d)\(\d{1,2}\)(?=\d)")]
    private static partial Regex FootnoteInNumber();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}])-\s*$")]
    private static partial Regex EndHyphen();

    [GeneratedRegex(@"^[\p{L}\p{N}]+")]
    private static partial Regex NextWord();
}
