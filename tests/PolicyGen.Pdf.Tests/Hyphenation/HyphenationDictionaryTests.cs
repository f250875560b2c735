using System.Text;
using PolicyGen.Pdf;
using PolicyGen.Pdf.Hyphenation;

namespace PolicyGen.Tests.Hyphenation;

public class HyphenationDictionaryTests
{
    [Fact]
    public void Header_minimums_comments_and_levels_are_read()
    {
        var dic = HyphenationDictionary.Parse(Encoding.UTF8.GetBytes(
            "UTF-8\nLEFTHYPHENMIN 3\nRIGHTHYPHENMIN 4\n% a comment\n1x1\nNEXTLEVEL\n# another\nhy3ph\n\nhe2n\n"));

        Assert.Equal("UTF-8", dic.Charset);
        Assert.Equal(3, dic.LeftHyphenMin);
        Assert.Equal(4, dic.RightHyphenMin);
        Assert.Equal(2, dic.LevelCount);
        Assert.Equal(2, dic.Patterns.Count); // only the last level: 1x1 is a compound-level pattern
        Assert.Equal([0, 0, 0], dic.Patterns.Levels("xx"));
    }

    [Fact]
    public void A_latin1_file_is_decoded_as_latin1()
    {
        var bytes = Encoding.Latin1.GetBytes("ISO8859-1\në1a\n");

        var dic = HyphenationDictionary.Parse(bytes);

        Assert.Null(dic.LeftHyphenMin);
        Assert.Equal([0, 0, 1, 0], dic.Patterns.Levels("xëa"));
    }

    [Fact]
    public void Crlf_line_ends_are_accepted()
    {
        var dic = HyphenationDictionary.Parse(Encoding.UTF8.GetBytes("UTF-8\r\nLEFTHYPHENMIN 2\r\na1b\r\n"));

        Assert.Equal(2, dic.LeftHyphenMin);
        Assert.Equal([0, 1, 0], dic.Patterns.Levels("ab"));
    }

    [Theory]
    [InlineData("KOI8-R\na1b\n")]
    [InlineData("ISO8859-15\na1b\n")]
    public void Unknown_charsets_are_not_supported(string text) =>
        Assert.Throws<NotSupportedException>(() => HyphenationDictionary.Parse(Encoding.ASCII.GetBytes(text)));

    [Theory]
    [InlineData("\na1b\n")]
    [InlineData("UTF-8\nLEFTHYPHENMIN two\n")]
    [InlineData("UTF-8\nLEFTHYPHENMIN\n")]
    [InlineData("UTF-8\na1b c2d\n")]
    public void Malformed_files_are_rejected(string text) =>
        Assert.Throws<FormatException>(() => HyphenationDictionary.Parse(Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void The_embedded_French_dictionary_is_utf8_with_two_levels()
    {
        var dic = Hyphenators.LoadDictionary("hyph_fr.dic");

        Assert.Equal("UTF-8", dic.Charset);
        Assert.Equal(2, dic.LeftHyphenMin);
        Assert.Equal(2, dic.RightHyphenMin);
        Assert.Equal(2, dic.LevelCount);
        Assert.Equal(2891, dic.Patterns.Count);
    }

    [Fact]
    public void The_embedded_Dutch_dictionary_is_latin1_and_not_utf8()
    {
        var bytes = EmbeddedAssets.ReadBytes("Hyphenation.hyph_nl_NL.dic");
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        Assert.Throws<DecoderFallbackException>(() => strictUtf8.GetString(bytes));
        var dic = HyphenationDictionary.Parse(bytes);
        Assert.Equal("ISO8859-1", dic.Charset);
        Assert.Null(dic.LeftHyphenMin);
        Assert.Equal(1, dic.LevelCount);
        Assert.Equal(16256, dic.Patterns.Count);
    }
}
