using System.Text;
using PolicyGen.Diagnostics;

namespace PolicyGen.Tests.Support;

/// <summary>docs/diagnostics.md documents exactly the codes the code can emit.</summary>
public class DiagnosticsDocTests
{
    [Fact]
    public void Every_code_is_documented_and_every_documented_code_exists() =>
        Golden.AssertMatches(Repo.Path("docs", "diagnostics.md"), Render());

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(@"^PG\d{4}$", id));
    }

    private static string Render()
    {
        var sb = new StringBuilder();
        sb.Append("""
            # Diagnostics

            Every problem policygen reports has a stable code. Diagnostics print as
            `path(line,col): error PG1234: message` (or `--format json` / `--format github`).

            - **PG0xxx** — reading files safely (size, encoding, YAML syntax, refused YAML features).
            - **PG1xxx** — the shape of the sources (keys, kinds of values, required keys).
            - **PG2xxx** — merging the files of a note.
            - **PG3xxx** — content rules. Those marked *configurable* can be switched off or re-graded in
              `policygen.yaml`: `rules: {PG3060: error, PG3081: off}`.
            - **PG4xxx** — templates and the bilingual document.
            - **PG5xxx** — the writers (DOCX).

            This file is generated from the code's registry (`src/PolicyGen.Core/Diagnostics/DiagnosticDescriptors.cs`);
            a test keeps the two identical. Edit the registry, then run the tests with `POLICYGEN_ACCEPT=1`.


            """);
        foreach (var d in DiagnosticDescriptors.All)
        {
            sb.Append("## ").Append(d.Id).Append(" — ").Append(d.Title).Append("\n\n");
            sb.Append("Default: **").Append(d.DefaultSeverity.ToString().ToLowerInvariant()).Append("**")
                .Append(d.Configurable ? " (configurable)" : string.Empty).Append(".  \n");
            sb.Append("Message: `").Append(d.MessageFormat).Append("`\n\n");
            sb.Append(d.Help).Append("\n\n");
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }
}
