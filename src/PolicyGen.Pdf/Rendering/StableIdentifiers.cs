using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PolicyGen.Pdf.Rendering;

/// <summary>
/// Replaces, in place in the saved bytes, what PDFsharp 6.2 draws at random on every save, so that the same input
/// gives the same bytes: the six-letter tags of the font subsets (<c>/TVNKMI+Liberation#20Serif</c>), the names
/// (<c>/NM</c>) and the modification dates (<c>/M</c>, the clock) of link annotations. (PDFsharp's XMP packet, with its
/// random UUIDs, is replaced whole: <see cref="Tagging.MetadataStream"/>.)
/// Each replacement has the length of what it replaces, so the cross-reference offsets stay right; each is derived
/// from <c>seed</c> and the order of the occurrence. One scan of the bytes per kind, no copy of the file.
/// </summary>
internal static class StableIdentifiers
{
    private const int UuidLength = 36;

    public static void Apply(Span<byte> pdf, string seed, DateTimeOffset date)
    {
        SubsetTags(pdf, seed);
        AnnotationNames(pdf, seed);
        AnnotationDates(pdf, date);
    }

    /// <summary><c>/ABCDEF+Liberation#20Serif…</c>: the tag from the font name that follows it.</summary>
    private static void SubsetTags(Span<byte> pdf, string seed)
    {
        var family = "+Liberation#20Serif"u8;
        for (var at = 0; Next(pdf, family, at) is var plus && plus >= 0; at = plus + family.Length)
        {
            var slash = plus - 7;
            if (slash < 0 || pdf[slash] != (byte)'/' || !All(pdf.Slice(slash + 1, 6), static b => b is >= (byte)'A' and <= (byte)'Z'))
            {
                continue;
            }

            var end = plus + family.Length;
            while (end < pdf.Length && (IsAsciiLetter(pdf[end]) || pdf[end] == (byte)','))
            {
                end++;
            }

            var name = Encoding.Latin1.GetString(pdf[(plus + 1)..end]);
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed + "|" + name));
            for (var i = 0; i < 6; i++)
            {
                pdf[slash + 1 + i] = (byte)('A' + (hash[i] % 26));
            }
        }
    }

    /// <summary><c>/NM(uuid)</c> of link annotations, numbered in order.</summary>
    private static void AnnotationNames(Span<byte> pdf, string seed)
    {
        var tag = "/NM("u8;
        var names = 0;
        for (var at = 0; Next(pdf, tag, at) is var start && start >= 0; at = start + tag.Length)
        {
            var rest = pdf[(start + tag.Length)..];
            if (!IsUuid(rest) || rest.Length <= UuidLength || rest[UuidLength] != (byte)')')
            {
                continue;
            }

            Uuid(rest[..UuidLength], seed + "|nm|" + (names++).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary><c>/M(D:yyyyMMddHHmmss+hh'mm')</c> of link annotations: the source date, in UTC.</summary>
    private static void AnnotationDates(Span<byte> pdf, DateTimeOffset date)
    {
        var tag = "/M(D:"u8;
        var stamp = Encoding.ASCII.GetBytes(date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')");
        for (var at = 0; Next(pdf, tag, at) is var start && start >= 0; at = start + tag.Length)
        {
            var rest = pdf[(start + tag.Length)..];
            if (rest.Length < stamp.Length || !IsDateStamp(rest[..stamp.Length]))
            {
                continue;
            }

            stamp.CopyTo(rest);
        }
    }

    /// <summary><c>\d{14}[+-]\d{2}'\d{2}'\)</c>.</summary>
    private static bool IsDateStamp(ReadOnlySpan<byte> text) =>
        All(text[..14], IsDigit) && text[14] is (byte)'+' or (byte)'-' && IsDigit(text[15]) && IsDigit(text[16])
        && text[17] == (byte)'\'' && IsDigit(text[18]) && IsDigit(text[19]) && text[20] == (byte)'\'' && text[21] == (byte)')';

    /// <summary>8-4-4-4-12 hexadecimal digits.</summary>
    private static bool IsUuid(ReadOnlySpan<byte> text)
    {
        if (text.Length < UuidLength)
        {
            return false;
        }

        for (var i = 0; i < UuidLength; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? text[i] != (byte)'-' : !IsHex(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void Uuid(Span<byte> target, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        Encoding.ASCII.GetBytes(new Guid(hash.AsSpan(0, 16)).ToString("D"), target);
    }

    /// <summary>The next index of <paramref name="value"/> at or after <paramref name="at"/>, or -1.</summary>
    private static int Next(ReadOnlySpan<byte> pdf, ReadOnlySpan<byte> value, int at)
    {
        var found = pdf[at..].IndexOf(value);
        return found < 0 ? -1 : at + found;
    }

    private static bool All(ReadOnlySpan<byte> text, Func<byte, bool> test)
    {
        foreach (var b in text)
        {
            if (!test(b))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool IsHex(byte b) => IsDigit(b) || b is >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static bool IsAsciiLetter(byte b) => b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z';
}
