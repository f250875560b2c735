using System.Globalization;
using PolicyGen.Model;
using Xunit.Abstractions;

namespace PolicyGen.Tests.Content;

/// <summary>
/// The sources must hold the extract's text: for each note and language, the words of the extract
/// (de-hyphenated, labels and numbering excluded) are found in the sources in order, with a recall of at least
/// 98 %. When they are not, the test prints the passages that miss the most words.
/// </summary>
public sealed class FidelityTests(ITestOutputHelper output)
{
    private const double MinimumRecall = 0.98;
    private const int MissesShown = 40;

    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var note in FidelityMeasure.Notes)
            {
                data.Add(note.Id, "fr");
                data.Add(note.Id, "nl");
            }

            return data;
        }
    }

    [ExtractTheory]
    [MemberData(nameof(Cases))]
    public void Sources_hold_the_words_of_the_extract_in_order(string note, string language)
    {
        var result = FidelityMeasure.Of(note, language == "fr" ? Language.Fr : Language.Nl);
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{note} ({language}): recall {result.Recall:P2} ({result.Found} of {result.Words} words, {result.Paragraphs.Count} paragraphs)");
        output.WriteLine(summary);
        var misses = result.Misses(MissesShown);
        output.WriteLine(misses);
        Assert.True(
            result.Recall >= MinimumRecall,
            $"{summary}, below {MinimumRecall:P0}. The passages that miss the most words (extract lines):\n{misses}");
    }
}
