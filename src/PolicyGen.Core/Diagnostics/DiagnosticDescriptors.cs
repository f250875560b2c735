namespace PolicyGen.Diagnostics;

/// <summary>
/// Every diagnostic policygen can report. Codes are stable and never reused; <c>docs/diagnostics.md</c>
/// documents each one (a test keeps the two in sync). PG0xxx: reading files; PG1xxx: the shape of the
/// sources; PG2xxx: merging; PG3xxx: content rules (configurable per project).
/// </summary>
public static class DiagnosticDescriptors
{
    // PG0xxx — reading files safely
    public static readonly DiagnosticDescriptor FileNotFound = new("PG0001", "File not found", Severity.Error,
        "{0}", "A file or folder named in policygen.yaml does not exist or cannot be read. Fix the path in the notes' files list.", false);

    public static readonly DiagnosticDescriptor FileTooLarge = new("PG0002", "File too large", Severity.Error,
        "the file is {0} bytes; source files are limited to {1} bytes",
        "Source files are limited in size so that a wrong file cannot exhaust memory. Split the note over several files.", false);

    public static readonly DiagnosticDescriptor InvalidUtf8 = new("PG0003", "Not UTF-8", Severity.Error,
        "the file is not valid UTF-8 (byte 0x{0:X2}); save it as UTF-8",
        "Sources must be UTF-8. Re-save the file as UTF-8 in your editor.", false);

    public static readonly DiagnosticDescriptor BinaryFile = new("PG0004", "Binary content", Severity.Error,
        "the file contains a NUL byte; it is not a text file",
        "A binary file (or a file in UTF-16) was given as a source. Name a YAML text file instead.", false);

    public static readonly DiagnosticDescriptor YamlSyntax = new("PG0005", "YAML syntax error", Severity.Error,
        "{0}", "The file is not valid YAML. The message says what the parser expected at that place.", false);

    public static readonly DiagnosticDescriptor TooDeep = new("PG0006", "Nesting too deep", Severity.Error,
        "the nesting is deeper than {0} levels",
        "No real note needs more than a few levels of nesting; the file is probably malformed.", false);

    public static readonly DiagnosticDescriptor TooManyNodes = new("PG0007", "Too many nodes", Severity.Error,
        "the file holds more than {0} YAML nodes",
        "The file is larger than any real note; split it, or check that it is the right file.", false);

    public static readonly DiagnosticDescriptor AliasNotAllowed = new("PG0008", "Anchors and aliases refused", Severity.Error,
        "anchors (&) and aliases (*) are not allowed in sources",
        "Anchors and aliases make a file mean something else than it shows and allow 'billion laughs' attacks. Write the value out.", false);

    public static readonly DiagnosticDescriptor MergeKeyNotAllowed = new("PG0009", "Merge key refused", Severity.Error,
        "merge keys (<<) are not allowed in sources",
        "Write the keys out; to share content between files use policygen's merging of note files.", false);

    public static readonly DiagnosticDescriptor DuplicateKey = new("PG0010", "Duplicate key", Severity.Error,
        "the key '{0}' is given twice in this mapping (first at {1})",
        "A key may appear once in a mapping. Remove or rename one of them.", false);

    public static readonly DiagnosticDescriptor MultipleDocuments = new("PG0011", "Several documents", Severity.Error,
        "the file holds more than one YAML document (---); use one file per document",
        "Each source file holds exactly one YAML document.", false);

    public static readonly DiagnosticDescriptor EmptyFile = new("PG0012", "Empty file", Severity.Error,
        "the file is empty",
        "A source file must hold a mapping. Remove the file from the list, or fill it.", false);

    public static readonly DiagnosticDescriptor PathOutsideProject = new("PG0013", "Path outside the project", Severity.Error,
        "'{0}' is outside the project folder",
        "Files named in policygen.yaml must be inside the project folder (no '..' out of it, no link that leads out).", false);

    public static readonly DiagnosticDescriptor TagNotAllowed = new("PG0014", "Tag refused", Severity.Error,
        "YAML tags ('{0}') are not allowed in sources",
        "Tags change how a value is read. Remove the tag; policygen knows each field's type.", false);

    public static readonly DiagnosticDescriptor NoProjectFile = new("PG0015", "No policygen.yaml", Severity.Error,
        "no policygen.yaml in '{0}'",
        "Run the command on a project folder (one with a policygen.yaml), or create one with 'policygen init'.", false);

    public static readonly DiagnosticDescriptor ComplexKey = new("PG0016", "Key is not a scalar", Severity.Error,
        "mapping keys must be plain names",
        "Use simple keys such as 'title'.", false);

    // PG1xxx — the shape of the sources
    public static readonly DiagnosticDescriptor UnknownKey = new("PG1001", "Unknown key", Severity.Error,
        "unknown key '{0}' in {1}{2}",
        "The key is not part of the format (see docs/source-format.md or the JSON Schema). Fix its spelling; the message suggests the nearest valid key.", false);

    public static readonly DiagnosticDescriptor WrongNodeKind = new("PG1002", "Wrong kind of value", Severity.Error,
        "{0} expects {1}, not {2}",
        "The field holds another kind of value: a text needs {fr: …, nl: …}, a list needs '- ' items, an object needs keys.", false);

    public static readonly DiagnosticDescriptor InvalidValue = new("PG1003", "Invalid value", Severity.Error,
        "{0}",
        "The value cannot be read as the field's type (a number, a date YYYY-MM-DD, a year, one of a fixed set of words).", false);

    public static readonly DiagnosticDescriptor MissingRequired = new("PG1004", "Required key missing", Severity.Error,
        "{0} needs '{1}'",
        "The field is required once all files of the note are merged. Add it.", false);

    // PG2xxx — merging
    public static readonly DiagnosticDescriptor MergeConflict = new("PG2001", "Defined twice", Severity.Error,
        "'{0}' is defined twice: here and at {1}",
        "Two files (or two items) give the same field of the same item. Keep one, or mark the later item 'override: true'.", false);

    public static readonly DiagnosticDescriptor DuplicateNote = new("PG2002", "Note listed twice", Severity.Error,
        "{0}",
        "Each note id and each source file may appear once in policygen.yaml.", false);

    // PG3xxx — content rules
    public static readonly DiagnosticDescriptor MissingLanguage = new("PG3001", "Text missing a language", Severity.Error,
        "the {0} text is missing ({1} is given)",
        "Every text is printed in both columns. Add the missing language.");

    public static readonly DiagnosticDescriptor EmptyText = new("PG3002", "Empty text", Severity.Warning,
        "the text is empty in both languages",
        "A field that is given should say something; remove it when there is nothing to say.");

    public static readonly DiagnosticDescriptor Placeholder = new("PG3003", "Placeholder left in text", Severity.Error,
        "the {0} text contains the placeholder '{1}'",
        "Replace placeholders (XXX, TODO, FIXME, TBD, …, lorem ipsum) with the real content before publishing.");

    public static readonly DiagnosticDescriptor DuplicateNumber = new("PG3010", "Objective number used twice", Severity.Error,
        "{0} {1} is numbered like the one at {2}",
        "Two objectives have the same number. Renumber one.");

    public static readonly DiagnosticDescriptor NumberingGap = new("PG3011", "Gap in numbering", Severity.Warning,
        "{0} {1} follows {2}; the numbers in between are missing",
        "Objectives are numbered without gaps. Renumber, or switch the rule off for a note that keeps its numbers on purpose.");

    public static readonly DiagnosticDescriptor WrongParent = new("PG3012", "Objective under the wrong parent", Severity.Error,
        "operational objective {0} is filed under strategic objective {1}",
        "An operational objective N.M belongs to strategic objective N. Move it or renumber it.");

    public static readonly DiagnosticDescriptor MalformedNumber = new("PG3013", "Malformed objective number", Severity.Error,
        "'{0}' is not an operational objective number; write N.M, such as \"1.2\"",
        "Operational objective numbers are two whole numbers joined by a point.");

    public static readonly DiagnosticDescriptor DuplicateId = new("PG3014", "Id used twice", Severity.Error,
        "the id '{0}' is also used at {1}",
        "Ids name one thing in a note. Rename one of them.");

    public static readonly DiagnosticDescriptor DanglingReference = new("PG3020", "Reference to nothing", Severity.Error,
        "{0} '{1}' does not exist in this note",
        "A reference (see_also, a regulatory text's objectives, a KPI's actions) names an id that no item has. Fix the id.");

    public static readonly DiagnosticDescriptor ThresholdsIncomplete = new("PG3030", "Incomplete thresholds", Severity.Error,
        "{0}",
        "Colour thresholds need at least the green and the red level; binary thresholds need nothing else.");

    public static readonly DiagnosticDescriptor ThresholdsInverted = new("PG3031", "Inverted thresholds", Severity.Error,
        "green ({0}) is {1} than red ({2}) although {3} values are better",
        "With 'better: higher' (the default) green must be above red; with 'better: lower' below. Swap them or set 'better'.");

    public static readonly DiagnosticDescriptor ThresholdsOutOfOrder = new("PG3032", "Thresholds out of order", Severity.Error,
        "{0}",
        "Orange lies between green and red, and ranges do not overlap.");

    public static readonly DiagnosticDescriptor DeadlineOutsideLegislature = new("PG3040", "Deadline outside the legislature", Severity.Warning,
        "the deadline {0} is outside the legislature {1}–{2}",
        "Deadlines fall within the legislature. If this one knowingly does not, add 'beyond_legislature: true'.");

    public static readonly DiagnosticDescriptor DeadlineMalformed = new("PG3041", "Malformed deadline", Severity.Error,
        "{0}",
        "A deadline is exactly one of: year, month, date, recurring_until, text.");

    public static readonly DiagnosticDescriptor WrongLanguage = new("PG3050", "Text in the other language", Severity.Warning,
        "the {0} text looks {1}: \"{2}\"",
        "A paragraph of the French column reads as Dutch, or the reverse. Put each text in its own language.");

    public static readonly DiagnosticDescriptor NumberMismatch = new("PG3060", "Numbers differ between languages", Severity.Warning,
        "{0} appears in the {1} text but not in the {2} text",
        "Numbers, amounts, percentages, dates and years must agree between French and Dutch. Remember that 30.001 (thirty thousand and one) and 30,001 (thirty point zero zero one) differ.");

    public static readonly DiagnosticDescriptor Unbalanced = new("PG3070", "Unbalanced quotes or brackets", Severity.Warning,
        "the {0} text has {1}",
        "Every « has its », every ( its ), every “ its ”.");

    public static readonly DiagnosticDescriptor AbbreviationNotListed = new("PG3080", "Abbreviation not listed", Severity.Warning,
        "'{0}' is used in the {1} text but is not in the list of abbreviations",
        "Add the abbreviation to the note's list, or write it out.");

    public static readonly DiagnosticDescriptor AbbreviationUnused = new("PG3081", "Abbreviation never used", Severity.Warning,
        "'{0}' is listed but never used in the {1} texts",
        "Remove the entry from the list, or check its spelling.");

    public static readonly DiagnosticDescriptor InvalidVolume = new("PG3090", "Invalid project setting", Severity.Error,
        "{0}",
        "A setting of policygen.yaml is out of range (session, columns, legislature, note id).", false);

    public static readonly DiagnosticDescriptor UnknownRule = new("PG3091", "Unknown rule in configuration", Severity.Error,
        "'{0}' is not a configurable rule",
        "The rules section of policygen.yaml names codes PG3001 and up, as listed in docs/diagnostics.md.", false);

    /// <summary>All descriptors, by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [.. typeof(DiagnosticDescriptors).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)];
}
