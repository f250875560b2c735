using System.Text;

namespace PolicyGen.Pdf.Hyphenation;

/// <summary>
/// A hyphenation dictionary in libhyphen's <c>.dic</c> format (LibreOffice, Debian's <c>hyphen-*</c> packages):
/// the first line names the character set (<c>UTF-8</c> or <c>ISO8859-1</c>), then optional
/// <c>LEFTHYPHENMIN</c>/<c>RIGHTHYPHENMIN</c> lines, then TeX-style Liang patterns, one a line. <c>NEXTLEVEL</c>
/// separates compound-level patterns from word-level ones; only the last (word) level is used, because compounds
/// are broken at their hyphens by the rules instead. <c>%</c> and <c>#</c> start comment lines.
/// </summary>
public sealed class HyphenationDictionary
{
    private HyphenationDictionary(string charset, int? leftMin, int? rightMin, LiangPatterns patterns, int levels)
    {
        Charset = charset;
        LeftHyphenMin = leftMin;
        RightHyphenMin = rightMin;
        Patterns = patterns;
        LevelCount = levels;
    }

    /// <summary>The character set named on the first line.</summary>
    public string Charset { get; }

    /// <summary>The file's <c>LEFTHYPHENMIN</c>, if it has one.</summary>
    public int? LeftHyphenMin { get; }

    /// <summary>The file's <c>RIGHTHYPHENMIN</c>, if it has one.</summary>
    public int? RightHyphenMin { get; }

    /// <summary>The word-level patterns.</summary>
    public LiangPatterns Patterns { get; }

    /// <summary>How many pattern levels the file has (1, or 2 with <c>NEXTLEVEL</c>).</summary>
    public int LevelCount { get; }

    /// <summary>Parses a <c>.dic</c> file from its raw bytes, decoding them with the charset its first line names.</summary>
    /// <exception cref="FormatException">The file is malformed.</exception>
    /// <exception cref="NotSupportedException">The charset or a pattern kind is not supported.</exception>
    public static HyphenationDictionary Parse(ReadOnlySpan<byte> bytes)
    {
        var newline = bytes.IndexOf((byte)'\n');
        var firstLine = Encoding.ASCII.GetString(newline < 0 ? bytes : bytes[..newline]).Trim();
        var encoding = EncodingOf(firstLine);
        var body = newline < 0 ? string.Empty : encoding.GetString(bytes[(newline + 1)..]);
        return ParseBody(firstLine, body);
    }

    private static HyphenationDictionary ParseBody(string charset, string body)
    {
        int? leftMin = null;
        int? rightMin = null;
        var levels = new List<List<string>> { new() };
        var lineNumber = 1;
        foreach (var raw in body.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '%' or '#')
            {
                continue;
            }

            var keyword = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            switch (keyword[0])
            {
                case "LEFTHYPHENMIN":
                    leftMin = Number(keyword, lineNumber);
                    break;
                case "RIGHTHYPHENMIN":
                    rightMin = Number(keyword, lineNumber);
                    break;
                case "COMPOUNDLEFTHYPHENMIN" or "COMPOUNDRIGHTHYPHENMIN" or "NOHYPHEN":
                    break;
                case "NEXTLEVEL":
                    levels.Add([]);
                    break;
                default:
                    if (keyword.Length > 1)
                    {
                        throw new FormatException($"Line {lineNumber}: unexpected '{line}' in a hyphenation dictionary.");
                    }

                    levels[^1].Add(line);
                    break;
            }
        }

        return new HyphenationDictionary(charset, leftMin, rightMin, LiangPatterns.Parse(levels[^1]), levels.Count);
    }

    private static int Number(string[] keyword, int lineNumber) =>
        keyword.Length == 2 && int.TryParse(keyword[1], System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new FormatException($"Line {lineNumber}: '{string.Join(' ', keyword)}' needs a non-negative number.");

    private static Encoding EncodingOf(string charset) => charset.ToUpperInvariant() switch
    {
        "UTF-8" or "UTF8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        "ISO8859-1" or "ISO-8859-1" or "LATIN1" => Encoding.Latin1,
        "" => throw new FormatException("A hyphenation dictionary must start with its character set."),
        _ => throw new NotSupportedException($"Hyphenation dictionary character set '{charset}' is not supported."),
    };
}
