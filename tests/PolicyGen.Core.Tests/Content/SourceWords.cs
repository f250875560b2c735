using System.Globalization;
using System.Text.RegularExpressions;
using PolicyGen.Diagnostics;
using PolicyGen.Loading.Yaml;

namespace PolicyGen.Tests.Content;

/// <summary>
/// The words of a note's sources, per language, in document order: its files in the order the project names
/// them (a folder: its .yaml files by name), each file's scalars in the order written.
/// </summary>
/// <remarks>
/// The raw YAML is read rather than the bound model, so that every scalar counts in the place it was written,
/// also when a file does not bind yet. Texts (<c>fr</c>, <c>nl</c>, <c>both</c>) go to their language. Typed
/// values are rendered the way the print words them, as far as words go: numbers (group separators do not
/// matter), amounts with « euros » / « euro », budget natures, FTE with « ETP » / « VTE », deadlines and dates
/// (as « 30 juin 2022 », « 30/06/2022 » and « 30.06.2022 »), « action régulière jusqu'en 2024 », allocation codes
/// with « AB » / « BA ». Identifiers, references, objective numbers, flags and status codes give no words (their
/// print is numbering or a worded value, which the extract side leaves out).
/// </remarks>
internal static partial class SourceWords
{
    /// <summary>Keys whose values print as numbering, labels or worded values, or not at all.</summary>
    private static readonly HashSet<string> SilentKeys =
    [
        "id", "number", "see_also", "kind", "profile", "labels", "rules", "override", "transversal", "partial",
        "binary", "percent", "better", "beyond_legislature", "applicable", "none", "status", "strategic_objective",
        "operational_objectives", "actions", "files", "columns", "front_matter", "list_actions", "number_sections",
    ];

    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly Dictionary<string, (string Fr, string Nl)> Natures = new(StringComparer.Ordinal)
    {
        ["committed"] = ("engagés", "vastgelegd"),
        ["liquidated"] = ("liquidés", "vereffend"),
        ["committed_and_liquidated"] = ("engagés et liquidés", "vastgelegd en vereffend"),
        ["in_commitment_and_liquidation"] = ("en engagement et liquidation", "in vastlegging en vereffening"),
        ["partial_liquidation"] = ("en liquidation partielle", "in gedeeltelijke vereffening"),
        ["to_commit"] = ("à engager", "vast te leggen"),
        ["estimate"] = ("estimation", "raming"),
    };

    /// <summary>The note's words: French and Dutch.</summary>
    public static (List<string> Fr, List<string> Nl) Read(IEnumerable<string> files)
    {
        var fr = new List<string>();
        var nl = new List<string>();
        var reader = new SafeYamlReader();
        foreach (var file in files)
        {
            var diagnostics = new DiagnosticBag();
            if (reader.ReadFile(file, Path.GetFileName(file), diagnostics) is { } root)
            {
                Walk(root, null, null, fr, nl);
            }
        }

        return (fr, nl);
    }

    /// <summary>The files of each note of a project, in the order the project names them.</summary>
    public static Dictionary<string, List<string>> NoteFiles(string projectDirectory)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var diagnostics = new DiagnosticBag();
        var project = new SafeYamlReader().ReadFile(Path.Combine(projectDirectory, "policygen.yaml"), "policygen.yaml", diagnostics) as YamlMapping
            ?? throw new InvalidDataException($"Cannot read {projectDirectory}/policygen.yaml");
        foreach (var entry in (project.Get("notes") as YamlSequence)?.Items.OfType<YamlMapping>() ?? [])
        {
            if (entry.Get("id") is not YamlScalar id)
            {
                continue;
            }

            var files = new List<string>();
            foreach (var item in (entry.Get("files") as YamlSequence)?.Items.OfType<YamlScalar>() ?? [])
            {
                var full = Path.GetFullPath(Path.Combine(projectDirectory, item.Value));
                if (Directory.Exists(full))
                {
                    files.AddRange(Directory.EnumerateFiles(full)
                        .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                        .Order(StringComparer.Ordinal));
                }
                else if (File.Exists(full))
                {
                    files.Add(full);
                }
            }

            result[id.Value] = files;
        }

        return result;
    }

    private static void Walk(YamlNode node, string? key, string? parentKey, List<string> fr, List<string> nl)
    {
        switch (node)
        {
            case YamlMapping mapping:
                foreach (var (k, v) in mapping.Entries)
                {
                    Walk(v, k.Value, key, fr, nl);
                }

                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    Walk(item, key, parentKey, fr, nl);
                }

                break;
            case YamlScalar scalar when !scalar.IsNull:
                Scalar(scalar.Value, key, parentKey, fr, nl);
                break;
        }
    }

    private static void Scalar(string value, string? key, string? parentKey, List<string> fr, List<string> nl)
    {
        switch (key)
        {
            case "fr":
                fr.AddRange(MarkdownWords(value));
                return;
            case "nl":
                nl.AddRange(MarkdownWords(value));
                return;
            case "both":
                var words = MarkdownWords(value).ToList();
                fr.AddRange(words);
                nl.AddRange(words);
                return;
            case null:
                return;
        }

        if (SilentKeys.Contains(key))
        {
            return;
        }

        switch (key)
        {
            case "amount":
                Add(fr, nl, $"{value} euros", $"{value} euro");
                return;
            case "nature" when Natures.TryGetValue(value, out var nature):
                Add(fr, nl, nature.Fr, nature.Nl);
                return;
            case "recurring_until":
                Add(fr, nl, $"action régulière jusqu'en {value}", $"regelmatige actie tot {value}");
                return;
            case "fte":
            case "value" when parentKey == "fte":
                Add(fr, nl, $"{value} ETP", $"{value} VTE VTE's");
                return;
            case "code" when AllocationCodeValue().IsMatch(value):
                Add(fr, nl, $"AB {value}", $"Basistoelage BA AB {value}");
                return;
        }

        if (DateValue().Match(value) is { Success: true } date)
        {
            var year = date.Groups[1].Value;
            var month = int.Parse(date.Groups[2].Value, CultureInfo.InvariantCulture);
            if (date.Groups[3].Success)
            {
                var day = date.Groups[3].Value;
                var d = int.Parse(day, CultureInfo.InvariantCulture);
                var numeric = $"{day}/{date.Groups[2].Value}/{year} {day}.{date.Groups[2].Value}.{year}";
                var frDay = d == 1 ? "1er" : d.ToString(CultureInfo.InvariantCulture);
                Add(fr, nl, $"{frDay} {FrenchMonths[month - 1]} {year} {numeric}", $"{d} {DutchMonths[month - 1]} {year} {numeric}");
            }
            else
            {
                Add(fr, nl, $"{FrenchMonths[month - 1]} {year}", $"{DutchMonths[month - 1]} {year}");
            }

            return;
        }

        if (NumberValue().IsMatch(value))
        {
            var number = value.Replace("_", string.Empty, StringComparison.Ordinal);
            Add(fr, nl, number, number);
        }
    }

    private static void Add(List<string> fr, List<string> nl, string frText, string nlText)
    {
        fr.AddRange(WordTokenizer.NormalisedWords(frText));
        nl.AddRange(WordTokenizer.NormalisedWords(nlText));
    }

    /// <summary>The words of a Markdown text: list markers, emphasis and footnote brackets give none.</summary>
    private static IEnumerable<string> MarkdownWords(string text)
    {
        var plain = MarkdownListMarker().Replace(text, string.Empty);
        return WordTokenizer.NormalisedWords(plain);
    }

    [GeneratedRegex(@"^\s*(?:[-–*+•]|\d{1,2}[.)]|[a-zA-Z]\))[ \t]+", RegexOptions.Multiline)]
    private static partial Regex MarkdownListMarker();

    [GeneratedRegex(@"^(\d{4})-(\d{2})(?:-(\d{2}))?$")]
    private static partial Regex DateValue();

    [GeneratedRegex(@"^-?\d[\d_]*(?:\.\d+)?$")]
    private static partial Regex NumberValue();

    [GeneratedRegex(@"^\d{2}[. ]?\d{3}[. ]?\d{2}[. ]?\d{2}[. ]?\d{4}$")]
    private static partial Regex AllocationCodeValue();
}
