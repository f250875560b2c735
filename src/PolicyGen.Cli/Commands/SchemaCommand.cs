using System.CommandLine;
using PolicyGen.Schema;

namespace PolicyGen.Cli.Commands;

/// <summary><c>policygen schema [--out DIR]</c>: write the JSON Schemas of project and note files.</summary>
public static class SchemaCommand
{
    public const string VolumeFile = "volume.schema.json";
    public const string NoteFile = "note.schema.json";

    public static Command Create(TextWriter output)
    {
        var outDir = new Option<string>("--out")
        {
            Description = "The folder to write volume.schema.json and note.schema.json into (default: the current folder).",
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("schema", "Write the JSON Schemas (draft-07) of policygen.yaml and of note files, for editors.") { outDir };
        command.SetAction(parse => Run(output, parse.GetValue(outDir)!));
        return command;
    }

    public static int Run(TextWriter output, string directory)
    {
        Directory.CreateDirectory(directory);
        AtomicFile.WriteAllText(Path.Combine(directory, VolumeFile), JsonSchemaWriter.VolumeSchema());
        AtomicFile.WriteAllText(Path.Combine(directory, NoteFile), JsonSchemaWriter.NoteSchema());
        output.WriteLine($"wrote {Path.Combine(directory, VolumeFile)} and {Path.Combine(directory, NoteFile)}");
        return ExitCodes.Success;
    }
}
