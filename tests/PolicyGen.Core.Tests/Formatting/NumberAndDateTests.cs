using PolicyGen.Formatting;
using PolicyGen.Model;

namespace PolicyGen.Tests.Formatting;

public sealed class NumberAndDateTests
{
    [Theory]
    [InlineData("140000", "140.000")]
    [InlineData("22687.5", "22.687,5")]
    [InlineData("0.50", "0,5")]
    [InlineData("7852", "7.852")]
    [InlineData("999", "999")]
    [InlineData("1234567.25", "1.234.567,25")]
    [InlineData("-3", "\u22123")]
    public void Numbers_use_a_point_between_groups_and_a_decimal_comma(string value, string expected) =>
        Assert.Equal(expected, NumberFormat.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Amounts_carry_their_currency_after_a_no_break_space()
    {
        Assert.Equal("140.000\u00A0euros", AmountFormat.Euros(140000m, Language.Fr));
        Assert.Equal("140.000\u00A0euro", AmountFormat.Euros(140000m, Language.Nl));
        Assert.Equal("1\u00A0euro", AmountFormat.Euros(1m, Language.Fr));
        Assert.Equal("0,5\u00A0ETP", AmountFormat.FteWithUnit(0.5m, Language.Fr));
        Assert.Equal("0,5\u00A0VTE", AmountFormat.FteWithUnit(0.5m, Language.Nl));
    }

    [Fact]
    public void Percentages_take_a_narrow_no_break_space() => Assert.Equal("40\u202F%", NumberFormat.Percent(40m));

    [Fact]
    public void Dates_are_in_words_with_a_no_break_space_between_day_and_month()
    {
        var date = new DateOnly(2021, 10, 1);
        Assert.Equal("1er\u00A0octobre 2021", DateFormat.Date(date, Language.Fr));
        Assert.Equal("1\u00A0oktober 2021", DateFormat.Date(date, Language.Nl));
        Assert.Equal("30\u00A0juin 2022", DateFormat.Date(new DateOnly(2022, 6, 30), Language.Fr));
        Assert.Equal("avril 2023", DateFormat.Month(new DateOnly(2023, 4, 1), Language.Fr));
        Assert.Equal("april 2023", DateFormat.Month(new DateOnly(2023, 4, 1), Language.Nl));
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(2024, "MMXXIV")]
    public void Roman_numerals(int value, string expected) => Assert.Equal(expected, Ordinals.Roman(value));

    [Fact]
    public void The_first_chapter_is_Ier_in_French_only()
    {
        Assert.Equal("Ier", Ordinals.Chapter(1, Language.Fr));
        Assert.Equal("I", Ordinals.Chapter(1, Language.Nl));
        Assert.Equal("II", Ordinals.Chapter(2, Language.Fr));
        Assert.Equal("1er", Ordinals.Ordinal(1, Language.Fr));
        Assert.Equal("2e", Ordinals.Ordinal(2, Language.Fr));
    }

    [Fact]
    public void Headings_are_numbered_per_language()
    {
        Assert.Equal("IV.1 OS 1\u202F:", Numbering.StrategicHeading("1", Language.Fr));
        Assert.Equal("IV.1 SD 1\u202F:", Numbering.StrategicHeading("1", Language.Nl));
        Assert.Equal("IV.1.1. OO 1.1.\u202F:", Numbering.OperationalHeading("1.1", Language.Fr));
        Assert.Equal("IV.1.1. OD 1.1.\u202F:", Numbering.OperationalHeading("1.1", Language.Nl));
        Assert.Equal("IV.1.1.1", Numbering.SubSection(Numbering.OperationalSection("1.1"), 1));
    }

    [Fact]
    public void Abbreviations_sort_without_regard_to_accents_or_case()
    {
        string[] words = ["SPRB", "ÉPN", "asa", "CIRB", "Easy"];
        Assert.Equal(["asa", "CIRB", "Easy", "ÉPN", "SPRB"], words.Order(Collation.Instance));
    }
}
