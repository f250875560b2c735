using PolicyGen.Diagnostics;
using PolicyGen.Loading;
using PolicyGen.Loading.Yaml;
using PolicyGen.Model;

namespace PolicyGen.Tests.Loading;

public class ModelBinderTests
{
    private static (T? Value, IReadOnlyList<Diagnostic> Diagnostics) Bind<T>(string yaml)
        where T : class
    {
        var bag = new DiagnosticBag();
        var node = new SafeYamlReader().ReadBytes(System.Text.Encoding.UTF8.GetBytes(yaml), "n.yaml", bag)!;
        var value = new ModelBinder(bag).Bind<T>(node);
        return (value, bag.Items);
    }

    [Fact]
    public void Binds_nested_objects_texts_and_typed_values()
    {
        var (os, diagnostics) = Bind<StrategicObjective>("""
            number: 2
            title: {fr: Moderniser, nl: Moderniseren}
            deadline: 2023-04
            means: {fte: 0.5}
            operational_objectives:
              - number: "2.10"
                title: {both: IRISnet}
                realisations: {status: small_deviation}
                planning:
                  thresholds: {green: 4, red: 2}
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(2, os!.Number);
        Assert.Equal("Moderniseren", os.Title![Language.Nl]);
        Assert.Equal("2023-04", os.Deadline!.Month);
        Assert.Equal(0.5m, os.Means!.Fte!.Value);
        var oo = Assert.Single(os.OperationalObjectives!);
        Assert.Equal("2.10", oo.Number);
        Assert.Equal("oo-2-10", oo.EffectiveId);
        Assert.Equal("IRISnet", oo.Title![Language.Fr]);
        Assert.Equal(StatusCode.SmallDeviation, oo.Realisations!.Status!.Code);
        Assert.Equal(4m, oo.Planning!.Thresholds!.Green!.Value);
        Assert.Equal(new SourceLocation("n.yaml", 6, 5), oo.Location);
    }

    [Fact]
    public void Unknown_keys_suggest_the_nearest_key()
    {
        var (_, diagnostics) = Bind<StrategicObjective>("number: 1\ntitle: {fr: a, nl: b}\nsucess_conditions: {fr: a, nl: b}\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal("PG1001", d.Id);
        Assert.Contains("did you mean 'success_conditions'?", d.Message, StringComparison.Ordinal);
        Assert.Equal((3, 1), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void Unknown_language_key_in_a_text_is_reported()
    {
        var (_, diagnostics) = Bind<StrategicObjective>("number: 1\ntitle: {fr: a, nk: b}\n");
        Assert.Contains(diagnostics, d => d.Id == "PG1001" && d.Message.Contains("did you mean 'nl'", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_and_a_language_together_are_invalid()
    {
        var (_, diagnostics) = Bind<StrategicObjective>("number: 1\ntitle: {fr: a, both: b}\n");
        Assert.Equal("PG1003", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData("number: one\ntitle: {fr: a, nl: b}\n", "PG1003")]
    [InlineData("number: 1\ntitle: plain\n", "PG1002")]
    [InlineData("number: 1\ntitle: {fr: a, nl: b}\npartners: {fr: a, nl: b}\n", "PG1002")]
    [InlineData("number: 1\ntitle: {fr: a, nl: b}\ntransversal: yes\n", "PG1003")]
    [InlineData("number: 1\ntitle: {fr: a, nl: b}\nresult: {date: 2021-13-01, text: {fr: a, nl: b}}\n", "PG1003")]
    [InlineData("title: {fr: a, nl: b}\n", "PG1004")]
    [InlineData("number: 1\ntitle: {fr: a, nl: b}\nmeans: {fte: many}\n", "PG1003")]
    public void Bad_values_are_diagnosed(string yaml, string code) =>
        Assert.Equal(code, Assert.Single(Bind<StrategicObjective>(yaml).Diagnostics).Id);

    [Fact]
    public void Empty_values_mean_absent()
    {
        var (os, diagnostics) = Bind<StrategicObjective>("number: 1\ntitle: {fr: a, nl: b}\ndeadline:\nmeans: ~\n");
        Assert.Empty(diagnostics);
        Assert.Null(os!.Deadline);
        Assert.Null(os.Means);
    }

    [Theory]
    [InlineData("2024", 2024, null, null)]
    [InlineData("2023-04", null, "2023-04", null)]
    [InlineData("2022-06-30", null, null, "2022-06-30")]
    public void Deadline_shorthands(string text, int? year, string? month, string? date)
    {
        var d = Deadline.FromScalar(text, out var error)!;
        Assert.Null(error);
        Assert.Equal(year, d.Year);
        Assert.Equal(month, d.Month);
        Assert.Equal(date, d.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("2023-13")]
    [InlineData("20245")]
    public void Bad_deadline_shorthands(string text)
    {
        Assert.Null(Deadline.FromScalar(text, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Key_suggestions_use_edit_distance()
    {
        Assert.Equal("title", KeySuggestions.Nearest("titel", ["title", "number"]));
        Assert.Null(KeySuggestions.Nearest("zzzzzz", ["title", "number"]));
        Assert.Equal(1, KeySuggestions.Distance("ab", "ba"));
    }
}
