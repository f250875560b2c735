using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>The project file <c>policygen.yaml</c>: one parliamentary document holding several notes.</summary>
[Doc("A policygen project (policygen.yaml): the parliamentary volume and where its notes are.")]
public sealed class Volume : ModelNode
{
    [RequiredKey, Doc("The parliamentary document reference, such as A-453/2.")]
    public string? Reference { get; set; }

    [RequiredKey, Doc("The parliamentary session, such as 2021/2022.")]
    public string? Session { get; set; }

    [Doc("The title of the whole volume.")]
    public LocalizedText? Title { get; set; }

    [RequiredKey, Doc("The parliament, in both languages.")]
    public LocalizedText? Parliament { get; set; }

    [RequiredKey, Doc("The authority that files the notes (the government), in both languages.")]
    public LocalizedText? Authority { get; set; }

    [Doc("The date of the document (YYYY-MM-DD), used for the file's metadata instead of the clock.")]
    public DateOnly? Date { get; set; }

    [Doc("The years of the legislature; deadlines outside it are reported unless marked.")]
    public Legislature? Legislature { get; set; }

    [Doc("Column order of the side-by-side pages: [fr, nl] (default) or [nl, fr].")]
    public List<Language>? Columns { get; set; }

    [Doc("A folder of templates that override the default A-453 set (relative to the project).")]
    public string? Templates { get; set; }

    [Doc("A Word document (.docx) whose styles, theme, headers and footers the DOCX output uses instead of policygen's (relative to the project).")]
    public string? ReferenceDocx { get; set; }

    [RequiredKey, Doc("The notes of the volume, in order.")]
    public List<NoteEntry>? Notes { get; set; }

    [Doc("Per-rule severity: a PG code mapped to off, warning or error.")]
    public Dictionary<string, Diagnostics.Severity>? Rules { get; set; }
}

/// <summary>A note of the volume and the files it is made of.</summary>
public sealed class NoteEntry : ModelNode
{
    [RequiredKey, Doc("The note's id (letters, digits and dashes), used in file names and --note.")]
    public string? Id { get; set; }

    [RequiredKey, Doc("The note's source files or folders (all .yaml files in a folder, by name), relative to the project.")]
    public List<string>? Files { get; set; }
}

/// <summary>The first and last year of a legislature.</summary>
public sealed class Legislature : ModelNode
{
    [RequiredKey, Doc("First year.")]
    public int? Start { get; set; }

    [RequiredKey, Doc("Last year.")]
    public int? End { get; set; }
}
