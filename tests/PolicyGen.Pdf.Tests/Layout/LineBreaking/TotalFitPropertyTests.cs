using CsCheck;
using PolicyGen.Pdf.Layout.LineBreaking;
using static PolicyGen.Tests.Layout.LineBreaking.Paragraphs;

namespace PolicyGen.Tests.Layout.LineBreaking;

/// <summary>Random small paragraphs on fake metrics, checked against a brute-force reference and invariants.</summary>
public class TotalFitPropertyTests
{
    /// <summary>Words of 1–7 letters, most with a soft hyphen, some joined by a no-break space.</summary>
    private static readonly Gen<string> Texts =
        Gen.Select(Gen.Int[1, 7].Array[2, 9], Gen.Int[0, 4].Array[9], Gen.Int[0, 5].Array[9], (lengths, hyphens, joins) =>
        {
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < lengths.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(joins[i] == 0 ? '\u00A0' : ' ');
                }

                var word = new string((char)('a' + i), lengths[i]);
                text.Append(hyphens[i] > 0 && hyphens[i] < lengths[i] ? word.Insert(hyphens[i], "\u00AD") : word);
            }

            return text.ToString();
        });

    private static readonly Gen<ParagraphShape> Shapes =
        Gen.Select(Gen.Int[5, 16], Gen.Int[0, 3], Gen.Int[1, 3], (width, kind, indent) => kind switch
        {
            0 => ParagraphShape.Uniform(width),
            1 => ParagraphShape.FirstLineIndent(width + indent, indent),
            2 => ParagraphShape.Hanging(width + indent, indent),
            _ => new ParagraphShape([new LineSlot(0, width), new LineSlot(indent, 3 + indent)], new LineSlot(0, width + (2 * indent))),
        });

    private static readonly Gen<LineBreakParameters> Parameters =
        Gen.Select(Gen.OneOfConst(100.0, 400.0, 10000.0), Gen.Int[1, 3], Gen.OneOfConst(0.0, 10000.0), (tolerance, maxHyphens, doubleHyphen) =>
            LineBreakParameters.Default with
            {
                Pretolerance = -1,
                Tolerance = tolerance,
                EmergencyStretch = -1,
                MaxConsecutiveHyphens = maxHyphens,
                DoubleHyphenDemerits = doubleHyphen,
            });

    [Fact]
    public void Total_fit_finds_the_least_demerits_of_all_feasible_breaks()
    {
        Gen.Select(Texts, Shapes, Parameters).Sample((text, shape, parameters) =>
        {
            var items = Items(text);
            var result = new KnuthPlassLineBreaker(parameters).Break(items, shape);
            var reference = BruteForceLineBreaker.MinimumDemerits(items, shape, parameters, parameters.Tolerance);

            if (reference is null)
            {
                Assert.Equal(LineBreakPass.GreedyFallback, result.Pass);
            }
            else
            {
                Assert.Equal(LineBreakPass.WithHyphenation, result.Pass);
                Assert.Equal(reference.Value, result.TotalDemerits, reference.Value * 1e-9);
            }
        }, iter: 1500);
    }

    [Fact]
    public void The_hyphen_limit_does_not_lose_the_optimum()
    {
        // Densely hyphenated words and no double-hyphen demerits: paths ending at the same break with different
        // hyphen runs must be kept apart, or a cheaper path that is already at the limit hides one that is not.
        var texts = Gen.Select(Gen.Int[3, 8].Array[4, 10], Gen.Int[1, 3].Array[10], (lengths, cuts) =>
            string.Join(' ', lengths.Select((length, i) =>
            {
                var word = new string((char)('a' + i), length);
                var cut = Math.Min(cuts[i], length - 1);
                return length > 4 ? word.Insert(length - 2, "\u00AD").Insert(cut, "\u00AD") : word.Insert(cut, "\u00AD");
            })));
        var parameters = LineBreakParameters.Default with
        {
            Pretolerance = -1,
            Tolerance = 400,
            EmergencyStretch = -1,
            MaxConsecutiveHyphens = 2,
            DoubleHyphenDemerits = 0,
        };

        Gen.Select(texts, Gen.Int[6, 12]).Sample((text, width) =>
        {
            var items = Items(text);
            var shape = ParagraphShape.Uniform(width);
            var result = new KnuthPlassLineBreaker(parameters).Break(items, shape);
            var reference = BruteForceLineBreaker.MinimumDemerits(items, shape, parameters, parameters.Tolerance);

            Assert.Equal(reference is null, result.UsedFallback);
            if (reference is not null)
            {
                Assert.Equal(reference.Value, result.TotalDemerits, reference.Value * 1e-9);
            }
        }, iter: 1500);
    }

    [Fact]
    public void Lines_never_exceed_their_width_and_keep_the_text()
    {
        Gen.Select(Texts, Shapes).Sample((text, shape) =>
        {
            var paragraph = new ParagraphTypesetter(Metrics, null, null, Options).Typeset([new TextRun(text, Font)], shape);

            foreach (var line in paragraph.Lines)
            {
                var slot = line.Break.Slot;
                if (!line.Break.IsOverfull)
                {
                    Assert.True(line.Right <= slot.Indent + slot.Width + 1e-9, $"'{line.Text}' ends at {line.Right}");
                }

                Assert.True(line.Break.Ratio >= -1);
                if (!line.Break.IsLast && line.Break.Ratio != 0 && !line.Break.IsOverfull)
                {
                    Assert.Equal(slot.Indent + slot.Width, line.Right, 9); // justified
                }
            }

            Assert.Equal(text.Replace("\u00AD", "", StringComparison.Ordinal).Replace('\u00A0', ' '), Reassemble(paragraph));
        }, iter: 400);
    }

    [Fact]
    public void Never_more_hyphenated_lines_in_a_row_than_allowed()
    {
        Gen.Select(Texts, Shapes, Gen.Int[1, 3]).Sample((text, shape, max) =>
        {
            var parameters = LineBreakParameters.Default with { MaxConsecutiveHyphens = max, DoubleHyphenDemerits = 0 };
            var result = new KnuthPlassLineBreaker(parameters).Break(Items(text), shape);

            if (!result.UsedFallback)
            {
                Assert.True(LongestHyphenRun(result.Lines) <= max);
            }
        }, iter: 400);
    }

    [Fact]
    public void Ratios_stay_within_the_tolerance_of_the_pass_that_set_them()
    {
        Gen.Select(Texts, Shapes).Sample((text, shape) =>
        {
            var parameters = LineBreakParameters.Default;
            var result = new KnuthPlassLineBreaker(parameters).Break(Items(text), shape);
            var tolerance = result.Pass switch
            {
                LineBreakPass.WithoutHyphenation => parameters.Pretolerance,
                LineBreakPass.WithHyphenation => parameters.Tolerance,
                _ => double.NaN,
            };

            if (result.Pass is LineBreakPass.WithoutHyphenation or LineBreakPass.WithHyphenation)
            {
                foreach (var line in result.Lines.Where(l => !l.IsLast))
                {
                    var stretched = line.NaturalWidth < line.Slot.Width - 1e-9;
                    var shrunk = line.NaturalWidth > line.Slot.Width + 1e-9;
                    Assert.True(stretched ? line.Ratio > 0 : shrunk ? line.Ratio is >= -1 and < 0 : line.Ratio == 0, $"ratio {line.Ratio}");
                    Assert.True(100 * Math.Pow(Math.Abs(line.Ratio), 3) <= tolerance + 1e-6, $"ratio {line.Ratio} in pass {result.Pass}");
                }
            }
        }, iter: 400);
    }
}
