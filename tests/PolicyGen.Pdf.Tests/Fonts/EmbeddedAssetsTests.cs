using PolicyGen.Pdf;

namespace PolicyGen.Tests.Fonts;

public class EmbeddedAssetsTests
{
    [Fact]
    public void Every_data_file_ships_with_its_licence_notice()
    {
        Assert.Equal(
            [
                "Fonts.LiberationSerif-Bold.ttf",
                "Fonts.LiberationSerif-BoldItalic.ttf",
                "Fonts.LiberationSerif-Italic.ttf",
                "Fonts.LiberationSerif-Regular.ttf",
                "Fonts.OFL.txt",
                "Fonts.debian-copyright.txt",
                "Hyphenation.LGPL-2.1.txt",
                "Hyphenation.debian-copyright.txt",
                "Hyphenation.hyph_fr.dic",
                "Hyphenation.hyph_nl_NL.dic",
            ],
            EmbeddedAssets.Names().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Font_licence_is_the_SIL_OFL_with_the_copyright_lines()
    {
        var text = System.Text.Encoding.UTF8.GetString(EmbeddedAssets.ReadBytes("Fonts.OFL.txt"));

        Assert.Contains("SIL OPEN FONT LICENSE Version 1.1", text, StringComparison.Ordinal);
        Assert.Contains("Copyright (c) 2012 Red Hat, Inc.", text, StringComparison.Ordinal);
        Assert.Contains("Reserved Font Name Liberation", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hyphenation_copyright_covers_the_French_and_Dutch_dictionaries()
    {
        var text = System.Text.Encoding.UTF8.GetString(EmbeddedAssets.ReadBytes("Hyphenation.debian-copyright.txt"));

        Assert.Contains("Files: dictionaries/fr_FR/hyph_fr.dic", text, StringComparison.Ordinal);
        Assert.Contains("Files: dictionaries/nl_NL/*", text, StringComparison.Ordinal);
        Assert.Contains("License: BSD-2-clause or CC-BY-3.0", text, StringComparison.Ordinal);
        var lgpl = System.Text.Encoding.UTF8.GetString(EmbeddedAssets.ReadBytes("Hyphenation.LGPL-2.1.txt"));
        Assert.Contains("GNU LESSER GENERAL PUBLIC LICENSE", lgpl, StringComparison.Ordinal);
        Assert.Contains("Version 2.1, February 1999", lgpl, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_asset_is_reported_by_name()
    {
        var error = Assert.Throws<FileNotFoundException>(() => EmbeddedAssets.ReadBytes("Fonts.Nope.ttf"));
        Assert.Contains("Fonts.Nope.ttf", error.Message, StringComparison.Ordinal);
    }
}
