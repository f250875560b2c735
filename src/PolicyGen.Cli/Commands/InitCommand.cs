using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using PolicyGen.Schema;

namespace PolicyGen.Cli.Commands;

/// <summary>
/// <c>policygen init DIR [--note ID]</c>: a new project with one note skeleton that validates and builds,
/// the JSON Schemas beside it and the editors' schema modeline in every file.
/// </summary>
public static partial class InitCommand
{
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NoteId();

    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Argument<string>("DIR") { Description = "The folder of the new project (created if needed; must not hold a policygen.yaml)." };
        var note = new Option<string>("--note")
        {
            Description = "The id of the first note (lower-case letters, digits and dashes).",
            DefaultValueFactory = _ => "my-note",
        };
        note.Validators.Add(r =>
        {
            var value = r.Tokens.Count > 0 ? r.Tokens[0].Value : "my-note";
            if (!NoteId().IsMatch(value))
            {
                r.AddError($"'{value}' is not a note id; use lower-case letters, digits and dashes.");
            }
        });
        var command = new Command("init", "Create a new project with a note skeleton that validates and builds.") { directory, note };
        command.SetAction(parse => Run(output, error, parse.GetValue(directory)!, parse.GetValue(note)!));
        return command;
    }

    public static int Run(TextWriter output, TextWriter error, string directory, string noteId)
    {
        var projectFile = Path.Combine(directory, "policygen.yaml");
        if (File.Exists(projectFile))
        {
            error.WriteLine($"policygen: '{projectFile}' exists already; init creates new projects only.");
            return ExitCodes.ContentErrors;
        }

        Directory.CreateDirectory(Path.Combine(directory, "notes"));
        Directory.CreateDirectory(Path.Combine(directory, "schemas"));
        AtomicFile.WriteAllText(Path.Combine(directory, "schemas", SchemaCommand.VolumeFile), JsonSchemaWriter.VolumeSchema());
        AtomicFile.WriteAllText(Path.Combine(directory, "schemas", SchemaCommand.NoteFile), JsonSchemaWriter.NoteSchema());
        AtomicFile.WriteAllText(Path.Combine(directory, "notes", noteId + ".yaml"), NoteSkeleton);
        AtomicFile.WriteAllText(Path.Combine(directory, ".gitignore"), "out/\n");
        AtomicFile.WriteAllText(projectFile, VolumeSkeleton(noteId, DateTime.UtcNow.Year));
        output.WriteLine($"created {projectFile} with the note '{noteId}' (notes/{noteId}.yaml)");
        output.WriteLine($"next: policygen validate {directory}   then   policygen build {directory}");
        return ExitCodes.Success;
    }

    private static string VolumeSkeleton(string noteId, int year)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var next = (year + 1).ToString(CultureInfo.InvariantCulture);
        return $$"""
            # yaml-language-server: $schema=schemas/volume.schema.json
            # The volume: one parliamentary document holding the notes below. See docs/source-format.md.
            reference: A-000/1
            session: {{y}}/{{next}}
            title:
              fr: Notes d'orientation {{y}}-{{next}}
              nl: Beleidsnota's {{y}}-{{next}}
            parliament:
              fr: Parlement de la Région de Bruxelles-Capitale
              nl: Brussels Hoofdstedelijk Parlement
            authority:
              fr: Gouvernement de la Région de Bruxelles-Capitale
              nl: Brusselse Hoofdstedelijke Regering
            legislature: {start: 2024, end: 2029}
            columns: [fr, nl]
            notes:
              - id: {{noteId}}
                files: [notes/{{noteId}}.yaml]

            """;
    }

    private const string NoteSkeleton = """
        # yaml-language-server: $schema=../schemas/note.schema.json
        # A note skeleton: replace each text with yours, in both languages.
        title:
          fr: Titre de la note
          nl: Titel van de nota
        kind: note
        chapters:
          introduction:
            fr: |
              Le premier chapitre présente la note.
            nl: |
              Het eerste hoofdstuk stelt de nota voor.
          context:
            fr: |
              Le deuxième chapitre décrit le contexte.
            nl: |
              Het tweede hoofdstuk beschrijft de context.
          management_summary:
            fr: |
              Le troisième chapitre résume les objectifs.
            nl: |
              Het derde hoofdstuk vat de doelstellingen samen.
        strategic_objectives:
          - number: 1
            title:
              fr: Premier objectif stratégique
              nl: Eerste strategische doelstelling
            description:
              fr: Ce que l'objectif doit atteindre.
              nl: Wat de doelstelling moet bereiken.
            operational_objectives:
              - number: "1.1"
                title:
                  fr: Premier objectif opérationnel
                  nl: Eerste operationele doelstelling
                realisations:
                  status: not_started
                planning:
                  output:
                    fr: Le résultat attendu.
                    nl: Het verwachte resultaat.
                  thresholds: {binary: true}
                  deadline: 2026

        """;
}
