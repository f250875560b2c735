using System.Text;
using PolicyGen.Diagnostics;
using PolicyGen.Loading.Yaml;

namespace PolicyGen.Tests.Loading;

public class SafeYamlReaderTests
{
    private static (YamlNode? Node, IReadOnlyList<Diagnostic> Diagnostics) Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static (YamlNode? Node, IReadOnlyList<Diagnostic> Diagnostics) Read(byte[] bytes)
    {
        var bag = new DiagnosticBag();
        var node = new SafeYamlReader().ReadBytes(bytes, "f.yaml", bag);
        return (node, bag.Items);
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string id)
    {
        var d = Assert.Single(diagnostics);
        Assert.Equal(id, d.Id);
        return d;
    }

    [Fact]
    public void Reads_positions_one_based()
    {
        var (node, diagnostics) = Read("title:\n  fr: Démo\n  nl: Demo\n");
        Assert.Empty(diagnostics);
        var map = Assert.IsType<YamlMapping>(node);
        var title = Assert.IsType<YamlMapping>(map.Get("title"));
        var fr = Assert.IsType<YamlScalar>(title.Get("fr"));
        Assert.Equal(new SourceLocation("f.yaml", 2, 7), fr.Location);
        Assert.Equal("Démo", fr.Value);
    }

    [Fact]
    public void Normalises_scalars_to_nfc()
    {
        var (node, _) = Read("a: \"Re\u0301gion\"\n");
        var value = ((YamlScalar)((YamlMapping)node!).Get("a")!).Value;
        Assert.Equal("R\u00e9gion", value);
    }

    [Fact]
    public void Accepts_a_byte_order_mark() => Assert.Empty(Read([0xEF, 0xBB, 0xBF, .. "a: 1\n"u8.ToArray()]).Diagnostics);

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("   \n\n")]
    [InlineData("~\n")]
    public void Empty_files_are_reported(string text) => Single(Read(text).Diagnostics, "PG0012");

    [Fact]
    public void Nul_bytes_are_reported_where_they_are()
    {
        var d = Single(Read("a: 1\nb: x\0y\n").Diagnostics, "PG0004");
        Assert.Equal((2, 5), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void Invalid_utf8_is_reported_where_it_is()
    {
        var d = Single(Read([.. "a: 1\nb: caf"u8.ToArray(), 0xE9, .. "\n"u8.ToArray()]).Diagnostics, "PG0003");
        Assert.Equal((2, 7), (d.Location.Line, d.Location.Column));
        Assert.Contains("0xE9", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_and_anchors_are_refused()
    {
        Single(Read("a: &x 1\nb: *x\n").Diagnostics, "PG0008");
        Single(Read("a: [*x]\n").Diagnostics, "PG0008");
    }

    [Fact]
    public void A_billion_laughs_stops_at_the_first_anchor()
    {
        var sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 10; i++)
        {
            sb.Append($"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(',', Enumerable.Repeat($"*{(char)('a' + i - 1)}", 9))}]\n");
        }

        var d = Single(Read(sb.ToString()).Diagnostics, "PG0008");
        Assert.Equal(1, d.Location.Line);
    }

    [Fact]
    public void Merge_keys_are_refused() => Single(Read("a:\n  <<: {b: 1}\n").Diagnostics, "PG0009");

    [Fact]
    public void A_quoted_merge_key_is_an_ordinary_key() => Assert.Empty(Read("a:\n  \"<<\": 1\n").Diagnostics);

    [Fact]
    public void Tags_are_refused() => Single(Read("a: !!str 1\n").Diagnostics, "PG0014");

    [Fact]
    public void Duplicate_keys_name_the_first()
    {
        var d = Single(Read("a: 1\nb: 2\na: 3\n").Diagnostics, "PG0010");
        Assert.Equal(3, d.Location.Line);
        Assert.Contains("first at 1,1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_documents_are_refused() => Single(Read("a: 1\n---\nb: 2\n").Diagnostics, "PG0011");

    [Fact]
    public void Syntax_errors_are_located()
    {
        var d = Single(Read("a: [1, 2\nb: 3\n").Diagnostics, "PG0005");
        Assert.True(d.Location.Line >= 1);
        Assert.DoesNotContain("(Line:", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ten_thousand_levels_of_nesting_are_refused(bool flow)
    {
        var text = flow
            ? "a: " + new string('[', 10_000) + new string(']', 10_000) + "\n"
            : "a:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n";
        var diagnostics = Read(text).Diagnostics;
        Assert.Contains(diagnostics, d => d.Id is "PG0006" or "PG0005");
    }

    [Fact]
    public void Node_count_is_bounded()
    {
        var bag = new DiagnosticBag();
        var text = "a: [" + string.Join(',', Enumerable.Repeat("1", 200)) + "]\n";
        new SafeYamlReader(new YamlLimits(1 << 20, 64, 100)).ReadBytes(Encoding.UTF8.GetBytes(text), "f.yaml", bag);
        Assert.Equal("PG0007", Assert.Single(bag.Items).Id);
    }

    [Fact]
    public void Oversized_files_are_refused_before_reading()
    {
        using var project = new Support.TempProject();
        var path = project.Path("big.yaml");
        using (var f = File.Create(path))
        {
            f.SetLength(50L * 1024 * 1024);
        }

        var bag = new DiagnosticBag();
        Assert.Null(new SafeYamlReader().ReadFile(path, "big.yaml", bag));
        Assert.Equal("PG0002", Assert.Single(bag.Items).Id);
    }
}
