using PolicyGen.Pdf.Hyphenation;

namespace PolicyGen.Tests.Hyphenation;

public class LiangPatternsTests
{
    // The worked example of The TeXbook, appendix H: the patterns that apply to "hyphenation".
    private static readonly string[] TeXbookPatterns = ["hy3ph", "he2n", "hena4", "hen5at", "1na", "n2at", "1tio", "2io", "o2n"];

    [Fact]
    public void Levels_take_the_maximum_digit_of_every_matching_pattern()
    {
        var patterns = LiangPatterns.Parse(TeXbookPatterns);

        // h y 3 p h e 2 n 5 a 4 t 2 i o 2 n
        Assert.Equal([0, 0, 3, 0, 0, 2, 5, 4, 2, 0, 2, 0], patterns.Levels("hyphenation"));
    }

    [Fact]
    public void Boundary_dots_match_only_at_the_word_edges()
    {
        var patterns = LiangPatterns.Parse([".ab1c", "x1y."]);

        Assert.Equal([0, 0, 1, 0, 0], patterns.Levels("abcd"));
        Assert.Equal([0, 0, 0, 0, 0], patterns.Levels("dabc"));
        Assert.Equal([0, 1, 0], patterns.Levels("xy"));
        Assert.Equal([0, 0, 0, 0], patterns.Levels("xyz"));
    }

    [Fact]
    public void A_repeated_pattern_keeps_the_higher_digit_at_each_place()
    {
        var patterns = LiangPatterns.Parse(["a1b2c", "a3bc", "a1b2c"]);

        Assert.Equal(1, patterns.Count);
        Assert.Equal([0, 3, 2, 0], patterns.Levels("abc"));
    }

    [Fact]
    public void Apostrophes_and_hyphens_are_pattern_characters()
    {
        var patterns = LiangPatterns.Parse(["2'2", "'a4", "4a-"]);

        // 2'2 puts 2 on both sides of the apostrophe; 'a4 puts 4 after the a; 4a- puts 4 before the a.
        Assert.Equal([0, 2, 4, 4, 0, 0], patterns.Levels("l'a-b"));
    }

    [Fact]
    public void Words_longer_than_the_stack_buffer_are_scored()
    {
        var patterns = LiangPatterns.Parse(["a1b"]);
        var word = string.Concat(Enumerable.Repeat("ab", 100));

        var levels = patterns.Levels(word);

        Assert.Equal(201, levels.Length);
        Assert.Equal(100, levels.Count(l => l == 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("a b")]
    public void Malformed_patterns_are_rejected(string pattern) =>
        Assert.Throws<FormatException>(() => LiangPatterns.Parse([pattern]));

    [Fact]
    public void Non_standard_patterns_are_not_supported() =>
        Assert.Throws<NotSupportedException>(() => LiangPatterns.Parse(["c1k/k=k,1,1"]));
}
