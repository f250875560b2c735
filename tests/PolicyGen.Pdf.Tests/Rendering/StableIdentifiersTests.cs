using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PolicyGen.Pdf.Rendering;

namespace PolicyGen.Tests.Rendering;

/// <summary>The in-place replacement gives exactly what the regular expressions it replaced gave.</summary>
public class StableIdentifiersTests
{
    private const string Seed = "0123456789ABCDEF";
    private static readonly DateTimeOffset Date = new(2021, 9, 1, 10, 30, 0, TimeSpan.FromHours(2));

    [Theory]
    [InlineData("/BaseFont/TVNKMI+Liberation#20Serif,Bold/FontDescriptor 9 0 R /FontName/ABCDEF+Liberation#20Serif")]
    [InlineData("/Annots[<</NM(3b4e28ba-2fa1-11d2-883f-0016d3cca427)/M(D:20261126171200+01'00')>> <</NM(4b4e28ba-2fa1-11d2-883f-0016d3cca427)/M(D:20261126171201-05'00')>>]")]
    [InlineData("near misses: /abcdef+Liberation#20Serif /ABCDE+Liberation#20Serif /NM(3b4e28ba) /M(D:2026) <xmpMM:DocumentID>uuid:zz4e28ba-2fa1-11d2-883f-0016d3cca427")]
    [InlineData("/ABCDEF+Liberation#20Serif")]
    public void Same_bytes_as_the_regular_expressions(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        StableIdentifiers.Apply(bytes, Seed, Date);
        Assert.Equal(Reference(text), Encoding.Latin1.GetString(bytes));
    }

    /// <summary>The former implementation, as the specification.</summary>
    private static string Reference(string text)
    {
        text = Regex.Replace(text, @"/([A-Z]{6})\+(Liberation#20Serif[A-Za-z,]*)", match =>
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Seed + "|" + match.Groups[2].Value));
            return "/" + string.Concat(hash.Take(6).Select(b => (char)('A' + (b % 26)))) + "+" + match.Groups[2].Value;
        });
        var names = 0;
        text = Regex.Replace(text, @"/NM\([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\)", _ =>
            "/NM(" + Uuid("|nm|" + (names++).ToString(CultureInfo.InvariantCulture)) + ")");
        var stamp = Date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        return Regex.Replace(text, @"/M\(D:\d{14}[+\-]\d{2}'\d{2}'\)", _ => $"/M(D:{stamp}+00'00')");
    }

    private static string Uuid(string key) => new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(Seed + key)).AsSpan(0, 16)).ToString("D");
}
