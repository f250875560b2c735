using System.Text;

namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>Splits a paragraph's runs into words and the different kinds of space between them.</summary>
internal static class TextTokenizer
{
    public static List<TextToken> Tokenize(IReadOnlyList<TextRun> runs)
    {
        var tokens = new List<TextToken>();
        var word = new StringBuilder();
        var wordFonts = new List<FontSpec>();
        var wordStart = 0;
        TextTokenKind? spaceKind = null;
        var spaceChar = ' ';
        var spaceFont = default(FontSpec);
        var spaceStart = 0;
        var offset = 0;

        void FlushWord()
        {
            if (word.Length > 0)
            {
                tokens.Add(new TextToken(TextTokenKind.Word, word.ToString(), [.. wordFonts], wordStart));
                word.Clear();
                wordFonts.Clear();
            }
        }

        void FlushSpace()
        {
            if (spaceKind is { } kind)
            {
                tokens.Add(new TextToken(kind, spaceChar.ToString(), [spaceFont], spaceStart));
                spaceKind = null;
            }
        }

        foreach (var run in runs)
        {
            foreach (var c in run.Text ?? string.Empty)
            {
                var kind = Classify(c);
                if (kind == TextTokenKind.Word)
                {
                    FlushSpace();
                    if (word.Length == 0)
                    {
                        wordStart = offset;
                    }

                    word.Append(c);
                    wordFonts.Add(run.Font);
                }
                else if (kind is TextTokenKind.Space or TextTokenKind.NoBreakSpace)
                {
                    FlushWord();
                    if (spaceKind is null)
                    {
                        (spaceKind, spaceChar, spaceFont, spaceStart) = (kind, c, run.Font, offset);
                    }
                    else if (kind == TextTokenKind.NoBreakSpace && spaceKind == TextTokenKind.Space)
                    {
                        (spaceKind, spaceChar) = (kind, c);
                    }
                }
                else
                {
                    FlushWord();
                    FlushSpace();
                    tokens.Add(new TextToken(kind, c.ToString(), [run.Font], offset));
                }

                offset++;
            }
        }

        FlushWord();
        FlushSpace();
        return tokens;
    }

    private static TextTokenKind Classify(char c) => c switch
    {
        '\u00A0' => TextTokenKind.NoBreakSpace,
        '\u202F' or '\u2007' => TextTokenKind.FixedSpace,
        '\u200B' => TextTokenKind.ZeroWidthBreak,
        '\u2028' or '\u2029' => TextTokenKind.LineBreak,
        _ when char.IsWhiteSpace(c) => TextTokenKind.Space,
        _ => TextTokenKind.Word,
    };
}
