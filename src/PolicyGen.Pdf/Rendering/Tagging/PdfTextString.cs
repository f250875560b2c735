using System.Globalization;
using System.Text;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// A PDF text string as we write it by hand (structure elements, marked-content properties): a literal when the text
/// is printable ASCII, else UTF-16BE with its byte order mark, in hexadecimal.
/// </summary>
internal static class PdfTextString
{
    /// <summary>Appends <paramref name="value"/> to <paramref name="text"/> as a PDF text string.</summary>
    public static void Append(StringBuilder text, string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            text.Append('(');
            foreach (var c in value)
            {
                if (c is '(' or ')' or '\\')
                {
                    text.Append('\\');
                }

                text.Append(c);
            }

            text.Append(')');
            return;
        }

        text.Append("<FEFF");
        foreach (var c in value)
        {
            text.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        text.Append('>');
    }

    /// <summary><paramref name="value"/> as a PDF text string.</summary>
    public static string Of(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        Append(text, value);
        return text.ToString();
    }
}
