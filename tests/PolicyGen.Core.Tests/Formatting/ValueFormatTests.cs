using PolicyGen.Formatting;
using PolicyGen.Model;

namespace PolicyGen.Tests.Formatting;

public sealed class ValueFormatTests
{
    private static string Text(LocalizedText text) => text[Language.Fr] ?? string.Empty;

    private static string TextNl(LocalizedText text) => text[Language.Nl] ?? string.Empty;

    [Fact]
    public void Colours_per_language()
    {
        Assert.Equal(["vert", "orange", "rouge"], Enum.GetValues<ThresholdColour>().Select(c => Words.Colour(c, Language.Fr)));
        Assert.Equal(["groen", "oranje", "rood"], Enum.GetValues<ThresholdColour>().Select(c => Words.Colour(c, Language.Nl)));
    }

    [Fact]
    public void Binary_thresholds()
    {
        var thresholds = new Thresholds { Binary = true };
        Assert.Equal("OK (vert) / NOK (rouge)", ThresholdFormat.Format(thresholds, Language.Fr, Text));
        Assert.Equal("OK (groen) / NOK (rood)", ThresholdFormat.Format(thresholds, Language.Nl, TextNl));
        var worded = new Thresholds
        {
            Binary = true,
            Wording = new BinaryWording { Ok = LocalizedText.Of("effectué", "voltooid"), Nok = LocalizedText.Of("pas effectué", "niet voltooid") },
        };
        Assert.Equal("OK (effectué) / NOK (pas effectué)", ThresholdFormat.Format(worded, Language.Fr, Text));
    }

    [Fact]
    public void Numeric_thresholds_with_and_without_unit()
    {
        var plain = new Thresholds { Green = new ThresholdLevel { Value = 4 }, Red = new ThresholdLevel { Value = 2 } };
        Assert.Equal("4 (vert), 2 (rouge)", ThresholdFormat.Format(plain, Language.Fr, Text));
        var withUnit = new Thresholds
        {
            Unit = LocalizedText.Of("démarches", "formaliteiten"),
            Green = new ThresholdLevel { Value = 250 },
            Red = new ThresholdLevel { Value = 150 },
        };
        Assert.Equal("250\u00A0démarches (vert), 150 (rouge)", ThresholdFormat.Format(withUnit, Language.Fr, Text));
        Assert.Equal("250\u00A0formaliteiten (groen), 150 (rood)", ThresholdFormat.Format(withUnit, Language.Nl, TextNl));
    }

    [Fact]
    public void Percentage_and_range_thresholds()
    {
        var percent = new Thresholds
        {
            Green = new ThresholdLevel { Value = 90, Percent = true },
            Red = new ThresholdLevel { Value = 70, Percent = true },
        };
        Assert.Equal("Rouge < 70\u202F% / Vert >= 90\u202F%", ThresholdFormat.Format(percent, Language.Fr, Text));
        var ranges = new Thresholds
        {
            Green = new ThresholdLevel { Min = 2884, Max = 5420 },
            Orange = new ThresholdLevel { Min = 1439, Max = 2884 },
            Red = new ThresholdLevel { Max = 1439 },
        };
        Assert.Equal(
            "Vert\u202F: entre 2.884 et 5.420 ; Orange\u202F: entre 1.439 et 2.884 ; Rouge\u202F: < 1.439",
            ThresholdFormat.Format(ranges, Language.Fr, Text));
        Assert.Equal(
            "Groen\u202F: tussen 2.884 en 5.420 ; Oranje\u202F: tussen 1.439 en 2.884 ; Rood\u202F: < 1.439",
            ThresholdFormat.Format(ranges, Language.Nl, TextNl));
    }

    [Fact]
    public void Worded_and_deferred_thresholds()
    {
        var worded = new Thresholds
        {
            Green = new ThresholdLevel { Text = LocalizedText.Of("25 % de plus", "25 % meer") },
            Red = new ThresholdLevel { Text = LocalizedText.Of("diminution", "daling") },
        };
        Assert.Equal("Vert = 25 % de plus / Rouge = diminution", ThresholdFormat.Format(worded, Language.Fr, Text));
        Assert.Equal("Cf. infra", ThresholdFormat.Format(new Thresholds { PerAction = true }, Language.Fr, Text));
        Assert.Equal("Zie verder", ThresholdFormat.Format(new Thresholds { PerAction = true }, Language.Nl, TextNl));
    }

    [Fact]
    public void Statuses_in_words()
    {
        Assert.Equal("Selon le planning.", StatusFormat.Format(new Status { Code = StatusCode.OnTrack }, Language.Fr, Text));
        Assert.Equal("Op schema.", StatusFormat.Format(new Status { Code = StatusCode.OnTrack }, Language.Nl, TextNl));
        var qualified = new Status { Code = StatusCode.OnTrack, Comment = LocalizedText.Of("timing et budget respectés", "timing en budget gerespecteerd") };
        Assert.Equal("Selon le planning\u202F: timing et budget respectés", StatusFormat.Format(qualified, Language.Fr, Text));
        Assert.Equal("Inventaire\u202F: à corriger", StatusFormat.Item("Inventaire", StatusCode.ToCorrect, Language.Fr));
    }

    [Fact]
    public void Deadlines_in_words()
    {
        Assert.Equal("2024", DeadlineFormat.Format(new Deadline { Year = 2024 }, Language.Fr, Text));
        Assert.Equal("avril 2023", DeadlineFormat.Format(new Deadline { Month = "2023-04" }, Language.Fr, Text));
        Assert.Equal("30\u00A0juni 2022", DeadlineFormat.Format(new Deadline { Date = new DateOnly(2022, 6, 30) }, Language.Nl, TextNl));
        Assert.Equal("action régulière jusqu’en 2024", DeadlineFormat.Format(new Deadline { RecurringUntil = 2024 }, Language.Fr, Text));
        Assert.Equal("regelmatige actie tot 2024", DeadlineFormat.Format(new Deadline { RecurringUntil = 2024 }, Language.Nl, TextNl));
    }

    [Fact]
    public void Budget_natures()
    {
        Assert.Equal("engagés et liquidés", Words.Nature(BudgetNature.CommittedAndLiquidated, Language.Fr));
        Assert.Equal("vastgelegd en vereffend", Words.Nature(BudgetNature.CommittedAndLiquidated, Language.Nl));
    }
}
