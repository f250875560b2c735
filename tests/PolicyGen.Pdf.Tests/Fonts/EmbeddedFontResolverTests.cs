using System.Security.Cryptography;
using PdfSharp.Fonts;
using PolicyGen.Pdf.Fonts;
using PolicyGen.Pdf.Layout;

namespace PolicyGen.Tests.Fonts;

public class EmbeddedFontResolverTests
{
    // SHA-256 of the Liberation Serif 2.1.5 files of Debian's fonts-liberation2 2.1.5-1.
    [Theory]
    [InlineData(FontVariant.Regular, "29d12439831b7f59194efec85872f24f54eff05738933f9a860220d2abff88ba")]
    [InlineData(FontVariant.Bold, "446a4421f297698427170fd7db20e59169a4188baaaf940e9bea58af6341a723")]
    [InlineData(FontVariant.Italic, "c1830c433ab41379f1139fac388989d37c9f08c81e1bd643efdcc7946db30753")]
    [InlineData(FontVariant.BoldItalic, "36dd6965be8915f6d7efb259757f1f7546a7c6f72c53a20bbe4ae7092f2cd558")]
    public void Serves_the_embedded_Debian_font_file_of_each_variant(FontVariant variant, string sha256)
    {
        var resolver = new EmbeddedFontResolver();
        var info = resolver.ResolveTypeface("Liberation Serif", variant is FontVariant.Bold or FontVariant.BoldItalic,
            variant is FontVariant.Italic or FontVariant.BoldItalic);

        Assert.NotNull(info);
        Assert.Equal(LiberationSerif.FaceName(variant), info.FaceName);
        Assert.False(info.MustSimulateBold);
        Assert.False(info.MustSimulateItalic);
        var bytes = resolver.GetFont(info.FaceName);
        Assert.NotNull(bytes);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal([0x00, 0x01, 0x00, 0x00], bytes[..4]); // TrueType outlines
    }

    [Theory]
    [InlineData("liberation serif")]
    [InlineData(" Liberation Serif ")]
    public void Family_name_match_ignores_case_and_padding(string family) =>
        Assert.Equal("LiberationSerif-Regular", new EmbeddedFontResolver().ResolveTypeface(family, false, false)?.FaceName);

    [Theory]
    [InlineData("Arial")]
    [InlineData("Times New Roman")]
    [InlineData("DejaVu Sans")]
    [InlineData("Liberation Sans")]
    [InlineData("")]
    public void Any_other_family_is_not_resolved(string family)
    {
        var resolver = new EmbeddedFontResolver();
        Assert.Null(resolver.ResolveTypeface(family, false, false));
        Assert.Null(resolver.ResolveTypeface(family, true, true));
    }

    [Theory]
    [InlineData("DejaVuSans")]
    [InlineData("LiberationSerif-Black")]
    [InlineData("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]
    public void Unknown_face_names_get_no_bytes(string face) => Assert.Null(new EmbeddedFontResolver().GetFont(face));

    [Fact]
    public void Installing_is_idempotent_and_sets_the_global_resolver()
    {
        var first = PdfFontSetup.EnsureInstalled();
        var second = PdfFontSetup.EnsureInstalled();

        Assert.Same(first, second);
        Assert.Same(first, GlobalFontSettings.FontResolver);
    }

    [Fact]
    public void A_machine_font_cannot_be_used_even_if_installed()
    {
        PdfFontSetup.EnsureInstalled();

        var error = Assert.Throws<InvalidOperationException>(() => new PdfSharp.Drawing.XFont("DejaVu Sans", 10));
        Assert.Contains("DejaVu Sans", error.Message, StringComparison.Ordinal);
    }
}
