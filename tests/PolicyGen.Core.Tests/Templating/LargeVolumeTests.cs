using System.Globalization;
using System.Text;
using PolicyGen.Diagnostics;
using PolicyGen.Documents;
using PolicyGen.Model;
using PolicyGen.Rendering;
using PolicyGen.Templating;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.Templating;

/// <summary>
/// Scriban caps output at 1 MiB by default and then truncates silently. A volume whose Markdown is larger than
/// 5 MB must come out whole: every objective, the annexes, and the last word.
/// </summary>
public sealed class LargeVolumeTests
{
    private const int StrategicCount = 40;
    private const int OperationalCount = 30;

    [Fact]
    public void A_volume_of_more_than_5_MB_of_Markdown_is_rendered_completely()
    {
        var bag = new DiagnosticBag();
        var volume = VolumeBuilder.Build(Project(), bag, TemplateFolders.Default(Repo.Path("templates", "a453")));
        Assert.DoesNotContain(bag.Items, d => d.Severity == Severity.Error);
        var note = volume.Documents.Single(d => d.Name == "big");
        foreach (var language in LanguageExtensions.All)
        {
            var markdown = note.Markdown(language);
            Assert.True(Encoding.UTF8.GetByteCount(markdown) > 5_000_000, $"only {markdown.Length} characters");
            Assert.Contains($"{{#oo-{StrategicCount}-{OperationalCount} number=", markdown, StringComparison.Ordinal);
            Assert.Contains($"LAST-WORD-{language.Code()}", markdown, StringComparison.Ordinal);
            Assert.EndsWith("\n", markdown, StringComparison.Ordinal);
            Assert.False(markdown.TrimEnd().EndsWith("...", StringComparison.Ordinal));
        }

        var paired = note.Paired!;
        var annex = paired.Units.Single(u => u.Id == "annex-1-list");
        var summary = Assert.IsType<TableOfContents>(annex.Fr[0]);
        Assert.Equal(StrategicCount * (OperationalCount + 1), summary.Entries.Count);
        Assert.Equal("annex-3", paired.Units[^1].Id);
    }

    private static Project Project()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Une phrase de texte assez longue pour remplir la note, avec des chiffres (140.000 euros) et des mots. ", 14));
        var paragraphNl = string.Concat(Enumerable.Repeat("Een vrij lange zin om de nota te vullen, met cijfers (140.000 euro) en woorden. ", 16));
        var objectives = new List<StrategicObjective>();
        for (var s = 1; s <= StrategicCount; s++)
        {
            var operational = new List<OperationalObjective>();
            for (var o = 1; o <= OperationalCount; o++)
            {
                var last = s == StrategicCount && o == OperationalCount;
                operational.Add(new OperationalObjective
                {
                    Number = $"{s}.{o}",
                    Title = LocalizedText.Of($"Objectif opérationnel {s}.{o}", $"Operationele doelstelling {s}.{o}"),
                    Description = LocalizedText.Of(
                        $"{paragraph}\n\n{paragraph}\n\n{paragraph}{(last ? " LAST-WORD-fr" : string.Empty)}",
                        $"{paragraphNl}\n\n{paragraphNl}\n\n{paragraphNl}{(last ? " LAST-WORD-nl" : string.Empty)}"),
                    Realisations = new Realisations { Status = new Status { Code = StatusCode.OnTrack } },
                });
            }

            objectives.Add(new StrategicObjective
            {
                Number = s,
                Title = LocalizedText.Of("Objectif stratégique " + s.ToString(CultureInfo.InvariantCulture), "Strategische doelstelling " + s.ToString(CultureInfo.InvariantCulture)),
                OperationalObjectives = operational,
            });
        }

        var note = new Note
        {
            Id = "big",
            Title = LocalizedText.Of("Grande note", "Grote nota"),
            Chapters = new Chapters
            {
                Introduction = LocalizedText.Of("Introduction.", "Inleiding."),
                Context = LocalizedText.Of("Contexte.", "Context."),
                ManagementSummary = LocalizedText.Of("Synthèse.", "Samenvatting."),
            },
            StrategicObjectives = objectives,
            CourtOfAudit = new CourtOfAudit { Applicable = false },
        };
        var volume = new Volume
        {
            Reference = "A-1/1",
            Session = "2021/2022",
            Parliament = LocalizedText.Of("Parlement", "Parlement"),
            Authority = LocalizedText.Of("Gouvernement", "Regering"),
            Notes = [new NoteEntry { Id = "big", Files = ["big.yaml"] }],
        };
        return new Project { RootDirectory = Path.GetTempPath(), Volume = volume, Notes = [note] };
    }
}
