using PolicyGen.Pdf.Hyphenation;

namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>
/// Turns a paragraph (styled text runs) into Knuth–Plass items: words become boxes, with a flagged penalty at each
/// hyphenation point (carrying the hyphen's width) and after each explicit hyphen; breakable spaces become glue;
/// no-break spaces become glue behind an infinite penalty; narrow no-break spaces become fixed boxes; an ordinary space
/// before <c>: ; ! ? » %</c> or after <c>«</c> is made unbreakable (<see cref="ItemBuilderOptions.KeepPunctuationWithWord"/>);
/// the paragraph's last word is not hyphenated. The paragraph ends with TeX's
/// <c>\penalty10000 \hskip\parfillskip \penalty-10000</c>, so its last line is ragged.
/// </summary>
public sealed class ParagraphItemBuilder
{
    private const char SoftHyphen = '\u00AD';

    private readonly IFontMetrics _metrics;
    private readonly IHyphenator? _hyphenator;
    private readonly ItemBuilderOptions _options;

    /// <summary>A builder measuring with <paramref name="metrics"/> and hyphenating with <paramref name="hyphenator"/>.</summary>
    /// <param name="metrics">Font metrics (the same the painter draws with).</param>
    /// <param name="hyphenator">The language's hyphenator; <c>null</c> breaks words only after explicit hyphens and at soft hyphens.</param>
    /// <param name="options">Word-space elasticity and break costs.</param>
    public ParagraphItemBuilder(IFontMetrics metrics, IHyphenator? hyphenator, ItemBuilderOptions? options = null)
    {
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _hyphenator = hyphenator;
        _options = options ?? ItemBuilderOptions.Default;
    }

    /// <summary>The items of the paragraph made of <paramref name="runs"/>, ending with a forced break.</summary>
    public IReadOnlyList<LayoutItem> Build(IReadOnlyList<TextRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var tokens = TextTokenizer.Tokenize(runs);
        var lastWord = tokens.FindLastIndex(t => t.Kind == TextTokenKind.Word);

        // About two items a token (a word and its space, more for hyphenation points): sized once, not grown.
        var items = new List<LayoutItem>((tokens.Count * 2) + 8);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TextTokenKind.Word:
                    AddWord(items, token, isLastWord: i == lastWord);
                    break;
                case TextTokenKind.Space:
                    if (StartsLine(items) || IsTrailing(tokens, i))
                    {
                        break;
                    }

                    if (_options.KeepPunctuationWithWord && TiesPunctuation(tokens, i))
                    {
                        items.Add(LayoutItem.NoBreak(token.Source));
                    }

                    items.Add(SpaceGlue(token));
                    break;
                case TextTokenKind.NoBreakSpace:
                    items.Add(LayoutItem.NoBreak(token.Source));
                    items.Add(SpaceGlue(token));
                    break;
                case TextTokenKind.FixedSpace:
                    items.Add(LayoutItem.Box(_metrics.MeasureWidth(token.Text, token.Fonts[0]), token.Text, token.Fonts[0], token.Source));
                    break;
                case TextTokenKind.ZeroWidthBreak:
                    items.Add(LayoutItem.Glue(0, 0, 0, string.Empty, token.Fonts[0], token.Source));
                    break;
                case TextTokenKind.LineBreak:
                    AddEnd(items, token.Source);
                    break;
            }
        }

        var end = tokens.Count == 0 ? 0 : tokens[^1].Source + tokens[^1].Text.Length;
        AddEnd(items, end);
        return items;
    }

    private static bool StartsLine(List<LayoutItem> items) => items.Count == 0 || items[^1].IsForcedBreak;

    private static bool IsTrailing(List<TextToken> tokens, int i) =>
        i == tokens.Count - 1 || tokens[i + 1].Kind == TextTokenKind.LineBreak;

    /// <summary>Whether the space at <paramref name="i"/> stands before <c>: ; ! ? » %</c> or after <c>«</c>.</summary>
    private static bool TiesPunctuation(List<TextToken> tokens, int i) =>
        (i + 1 < tokens.Count && tokens[i + 1].Kind == TextTokenKind.Word && ":;!?»%".Contains(tokens[i + 1].Text[0], StringComparison.Ordinal))
        || (i > 0 && tokens[i - 1].Kind == TextTokenKind.Word && tokens[i - 1].Text[^1] == '«');

    private static void AddEnd(List<LayoutItem> items, int source)
    {
        items.Add(LayoutItem.NoBreak(source));
        items.Add(LayoutItem.Fill(source));
        items.Add(LayoutItem.ForcedBreak(source));
    }

    private LayoutItem SpaceGlue(TextToken token)
    {
        var font = token.Fonts[0];
        var width = _metrics.MeasureWidth(token.Text, font);
        return LayoutItem.Glue(width, width * _options.SpaceStretch, width * _options.SpaceShrink, token.Text, font, token.Source);
    }

    private void AddWord(List<LayoutItem> items, TextToken token, bool isLastWord)
    {
        var (text, fonts, sources, softBreaks) = WithoutSoftHyphens(token);
        if (text.Length == 0)
        {
            return;
        }

        IEnumerable<WordBreak> breaks = softBreaks.Count > 0
            ? softBreaks.Concat(ExplicitHyphens.FindBreaks(text)).OrderBy(b => b.Position)
            : _hyphenator?.FindBreaks(text) ?? ExplicitHyphens.FindBreaks(text);
        var patternBreaks = softBreaks.Count == 0;
        if (isLastWord && !_options.HyphenateLastWord)
        {
            breaks = breaks.Where(b => b.Kind == WordBreakKind.ExplicitHyphen);
        }

        var cursor = 0;
        foreach (var wordBreak in breaks)
        {
            if (wordBreak.Position <= cursor || wordBreak.Position >= text.Length)
            {
                continue;
            }

            AddBoxes(items, text, fonts, sources, cursor, wordBreak.Position);
            var source = sources[wordBreak.Position];
            if (wordBreak.Kind == WordBreakKind.Hyphenation)
            {
                var font = fonts[wordBreak.Position - 1];
                items.Add(LayoutItem.Penalty(
                    _metrics.MeasureWidth("-", font), _options.HyphenPenalty, flagged: true, "-", font,
                    isHyphenationPoint: patternBreaks, source));
            }
            else
            {
                items.Add(LayoutItem.Penalty(0, _options.ExplicitHyphenPenalty, flagged: true, source: source));
            }

            cursor = wordBreak.Position;
        }

        AddBoxes(items, text, fonts, sources, cursor, text.Length);
    }

    /// <summary>One box per run of equal font in <c>text[from..to)</c>.</summary>
    private void AddBoxes(List<LayoutItem> items, string text, FontSpec[] fonts, SourceMap sources, int from, int to)
    {
        var start = from;
        for (var i = from + 1; i <= to; i++)
        {
            if (i == to || fonts[i] != fonts[start])
            {
                var piece = text[start..i];
                items.Add(LayoutItem.Box(_metrics.MeasureWidth(piece, fonts[start]), piece, fonts[start], sources[start]));
                start = i;
            }
        }
    }

    private static (string Text, FontSpec[] Fonts, SourceMap Sources, List<WordBreak> SoftBreaks) WithoutSoftHyphens(TextToken token)
    {
        if (!token.Text.Contains(SoftHyphen, StringComparison.Ordinal))
        {
            return (token.Text, token.Fonts, new SourceMap(token.Source, null), []);
        }

        var text = new System.Text.StringBuilder(token.Text.Length);
        var fonts = new List<FontSpec>();
        var sources = new List<int>();
        var softBreaks = new List<WordBreak>();
        for (var i = 0; i < token.Text.Length; i++)
        {
            if (token.Text[i] == SoftHyphen)
            {
                if (text.Length > 0 && (softBreaks.Count == 0 || softBreaks[^1].Position != text.Length))
                {
                    softBreaks.Add(new WordBreak(text.Length, WordBreakKind.Hyphenation));
                }
            }
            else
            {
                text.Append(token.Text[i]);
                fonts.Add(token.Fonts[i]);
                sources.Add(token.Source + i);
            }
        }

        return (text.ToString(), [.. fonts], new SourceMap(0, [.. sources]), softBreaks);
    }

    /// <summary>
    /// The source offset of each character of a word: its start plus the index, or (when soft hyphens were taken
    /// out) a table.
    /// </summary>
    private readonly record struct SourceMap(int Start, int[]? Table)
    {
        public int this[int index] => Table is null ? Start + index : Table[index];
    }
}
