using PolicyGen.Validation;

namespace PolicyGen.Tests.Validation;

public class NumberExtractorTests
{
    [Theory]
    [InlineData("30.001", "30001")]
    [InlineData("30,001", "30.001")]
    [InlineData("140.000", "140000")]
    [InlineData("22.687,5", "22687.5")]
    [InlineData("1.600.000", "1600000")]
    [InlineData("0.5", "0.5")]
    [InlineData("0,75", "0.75")]
    [InlineData("20 000", "20000")]
    [InlineData("20\u00a0000", "20000")]
    public void Reads_numbers_the_Belgian_way(string written, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberExtractor.Parse(written));

    [Fact]
    public void Finds_every_number_of_a_text_but_not_footnote_marks()
    {
        var values = NumberExtractor.Numbers("Le 1er octobre 2021, 40 % des 1.113 jeux[^1] (soit 445,2).").Select(n => n.Value);
        Assert.Equal([1m, 2021m, 40m, 1113m, 445.2m], values);
    }

    [Fact]
    public void Number_words_of_both_languages() =>
        Assert.Equal([2m, 4m, 3m], NumberExtractor.NumberWordValues("twee tests, vier gemeenten, het derde kwartaal"));
}
