using System.Text;

namespace PolicyGen.Markdown;

/// <summary>
/// Escapes plain text (a title, a label, a name) for Markdown, so that what the user typed (<c>*</c>, <c>#</c>,
/// <c>[</c>, <c>|</c>, <c>&lt;</c>, <c>::</c>, a leading <c>-</c> or <c>1.</c>) prints as typed and can never change the
/// structure of the document. Line breaks become spaces: plain text is one line.
/// </summary>
public static class MarkdownEscaper
{
    /// <summary>Characters escaped wherever they stand.</summary>
    private const string Always = "\\`*_[]{}<>#|&!~^";

    /// <summary>Characters escaped only at the start of the text, where they would open a block.</summary>
    private const string AtStart = "-+=:>";

    /// <summary>Escapes a text that may stand at the start of a line (its leading spaces are dropped).</summary>
    public static string Escape(string? text) => Escape(text, atLineStart: true);

    /// <summary>Escapes a text that follows other text on its line (a part of a label after its argument).</summary>
    public static string EscapeInline(string? text) => Escape(text, atLineStart: false);

    private static string Escape(string? text, bool atLineStart)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var flat = text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
        if (atLineStart)
        {
            flat = flat.TrimStart();
        }

        var result = new StringBuilder(flat.Length + 8);
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            var first = atLineStart && i == 0;
            if (Always.Contains(c, StringComparison.Ordinal) || (first && AtStart.Contains(c, StringComparison.Ordinal)) || (c == ':' && i > 0 && flat[i - 1] == ':'))
            {
                result.Append('\\');
            }
            else if (atLineStart && c is '.' or ')' && AllDigitsBefore(flat, i) && (i + 1 == flat.Length || flat[i + 1] == ' '))
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Whether the text up to <paramref name="index"/> is digits only (<c>1. </c> would open a numbered list).</summary>
    private static bool AllDigitsBefore(string text, int index)
    {
        if (index == 0 || index > 9)
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
