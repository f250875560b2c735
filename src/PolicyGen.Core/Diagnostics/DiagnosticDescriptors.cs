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
        "Replace placeholders (XXX, XX, TODO, FIXME, TBD, TBC, lorem ipsum, or a text made only of punctuation such as …, / or -) with the real content before publishing. XX within a Roman numeral (XXe siècle, XXI) is not a placeholder.");

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

    public static readonly DiagnosticDescriptor ActionTitleDiffers = new("PG3015", "Action titled differently in one language", Severity.Warning,
        "the {0} title of the action '{1}' is \"{2}\" in the planning but \"{3}\" in the realisations at {4}; the {5} titles are the same",
        "A realised and a planned action with the same id are one action, and its titles agree in one language but not in the other. Usually one column was reworded in one place only: use the same title in both places, or give the actions different ids if they are different actions.");

    public static readonly DiagnosticDescriptor AllocationLabelDiffers = new("PG3016", "Allocation with two labels", Severity.Warning,
        "the {0} label of the allocation {1} is \"{2}\" here but \"{3}\" at {4}",
        "A budget allocation (AB / BA) has one label, but the note gives the same code another label elsewhere (case and a final full stop do not count). Labels are compared per language; the label most places give is taken as the right one. Copy it, or check the code.");

    public static readonly DiagnosticDescriptor MalformedId = new("PG3017", "Malformed id", Severity.Error,
        "'{0}' is not a usable id; write two or more letters, digits, dashes, dots or underscores, starting with a letter or digit",
        "Ids become link targets and sync points of the two columns; one-character ids and other characters cannot be used there.");

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

    public static readonly DiagnosticDescriptor ActionDeadlineAfterObjective = new("PG3042", "Action deadline after its objective's", Severity.Warning,
        "the action's deadline {0} is later than the deadline {1} of {2}",
        "An action serves its objective, so it should end by the objective's deadline. Compared only when both are a year, a month or a date. Move one of the two deadlines.");

    public static readonly DiagnosticDescriptor WrongLanguage = new("PG3050", "Text in the other language", Severity.Warning,
        "the {0} text looks {1}: \"{2}\"",
        "A paragraph of the French column reads as Dutch, or the reverse. Put each text in its own language.");

    public static readonly DiagnosticDescriptor CopiedParagraph = new("PG3051", "Paragraph copied into the other language", Severity.Warning,
        "the {0} text repeats the {1} paragraph \"{2}\"",
        "A paragraph of six words or more is the same in the French and the Dutch text of a field, so one column holds the other's text (often a short sentence or a footnote, too short for PG3050). Translate it. A text that really is the same in both languages (a name, a URL, an English title) is written {both: …}.");

    public static readonly DiagnosticDescriptor NumberMismatch = new("PG3060", "Numbers differ between languages", Severity.Warning,
        "{0} appears in the {1} text but not in the {2} text",
        "Numbers, amounts, percentages, dates and years must agree between French and Dutch. Remember that 30.001 (thirty thousand and one) and 30,001 (thirty point zero zero one) differ.");

    public static readonly DiagnosticDescriptor DecimalPoint = new("PG3061", "Decimal point in a number", Severity.Warning,
        "the {0} text writes '{1}' with a decimal point; French and Dutch write '{2}'",
        "French and Dutch write decimals with a comma (11,7 %, 0,8 ETP / 0,8 VTE); a point separates thousands. Reported for a point followed by other than three digits when a unit or a percentage follows, or when the other language writes the same number with a comma. Version numbers, section numbers, dates and allocation codes are left alone.");

    public static readonly DiagnosticDescriptor Unbalanced = new("PG3070", "Unbalanced quotes or brackets", Severity.Warning,
        "the {0} text has {1}",
        "Every « has its », every ( its ), every “ its ”.");

    public static readonly DiagnosticDescriptor GuillemetApostrophe = new("PG3071", "Single guillemet used as an apostrophe", Severity.Warning,
        "the {0} text uses '{1}' as an apostrophe in \"{2}\"; write ’",
        "The single guillemet › (or ‹) between two letters is an apostrophe mangled by a word processor (d›une). Write the apostrophe ’ (or ').");

    public static readonly DiagnosticDescriptor GluedNumber = new("PG3072", "Number glued to a word", Severity.Warning,
        "the {0} text glues a number to the word after it: \"{1}\"",
        "A space is missing between a number and the next word (2025ter). Ordinals (1er, 2e, 3ème, 1ste, 2de), bis/ter after article numbers, units (10km, 24h), codes with capitals (5G, 3D, O365) and a word that the other language's text also has (a name such as 123digit) are not reported.");

    public static readonly DiagnosticDescriptor TitleFullStop = new("PG3073", "Title ending with a full stop", Severity.Warning,
        "the {0} title ends with a full stop: \"{1}\"",
        "Titles of objectives, actions and sections are headings and end without a full stop. Remove it.");

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

    // PG4xxx — templates, Markdown and the document tree
    public static readonly DiagnosticDescriptor TemplateNotFound = new("PG4001", "Template not found", Severity.Error,
        "{0}",
        "A template named by the build or by an include exists neither in the project's template folder nor in the default A-453 set. Check the name and the 'templates' key of policygen.yaml.", false);

    public static readonly DiagnosticDescriptor TemplateSyntax = new("PG4002", "Template syntax error", Severity.Error,
        "{0}",
        "The template is not valid Scriban. The message says what the parser expected at that place.", false);

    public static readonly DiagnosticDescriptor TemplateUnknownName = new("PG4003", "Unknown name in a template", Severity.Error,
        "{0}",
        "A template uses a variable, field or function that does not exist (often a misspelt field such as 'oo.descripton'). Fix the spelling; the message suggests the nearest name. Templates are strict: an absent optional field is null, a misspelt one is an error.", false);

    public static readonly DiagnosticDescriptor TemplateRuntime = new("PG4004", "Template error", Severity.Error,
        "{0}",
        "The template failed while rendering (a wrong argument, a value of the wrong kind). The message and location say where.", false);

    public static readonly DiagnosticDescriptor TemplateOutsideFolder = new("PG4005", "Include outside the template folder", Severity.Error,
        "'{0}' is outside the template folder",
        "Templates may only include templates of their own folder (no absolute paths, no '..', no link that leads out).", false);

    public static readonly DiagnosticDescriptor TemplateLimit = new("PG4006", "Template limit reached", Severity.Error,
        "{0}",
        "A project template ran too many loop iterations, recursed too deeply or produced too much output. These guards protect against a template that never ends; check the loop or the recursion.", false);

    public static readonly DiagnosticDescriptor TemplatesFolderMissing = new("PG4007", "Template folder not found", Severity.Error,
        "the template folder '{0}' does not exist",
        "The 'templates' key of policygen.yaml names a folder, relative to the project, that holds templates overriding the default A-453 set. Create it or fix the path.", false);

    public static readonly DiagnosticDescriptor UnsupportedMarkdown = new("PG4010", "Unsupported Markdown", Severity.Error,
        "{0}",
        "The text uses a Markdown construct the document writers do not support. Rich text may hold paragraphs, '-' and '1.' lists (nested), pipe tables, **bold**, *italic*, links and footnotes [^1]. Headings, code, HTML, quotes, images and rules are not allowed; text indented by four spaces reads as code.", false);

    public static readonly DiagnosticDescriptor HeadingWithoutId = new("PG4011", "Heading without id", Severity.Error,
        "the heading \"{0}\" has no id; write it with {{#id}}",
        "Headings are the sync points of the two columns and the targets of the table of contents, so each needs an id that is the same in both languages. Template headings use pg.heading, which writes it.", false);

    public static readonly DiagnosticDescriptor DuplicateBlockId = new("PG4012", "Id used twice in a document", Severity.Error,
        "the id '{0}' is used twice in the {1} document (also at {2})",
        "Ids of headings and blocks name one place of a note. Give one of them another id.", false);

    public static readonly DiagnosticDescriptor BrokenLink = new("PG4013", "Link to nothing", Severity.Error,
        "the link to '#{0}' points to no heading or block of the {1} document",
        "An internal link (a table of contents entry, a 'see also') names an id that no heading or block has.", false);

    public static readonly DiagnosticDescriptor ContentsMismatch = new("PG4014", "Entry differs from its heading", Severity.Error,
        "the {0} entry \"{1}\" differs from the heading it points to: \"{2}\"",
        "Tables of contents and annex 1 are derived from chapter IV and must repeat the headings exactly. A template that writes them otherwise is wrong.", false);

    public static readonly DiagnosticDescriptor UnknownBlockKind = new("PG4015", "Unknown block kind", Severity.Error,
        "{0}",
        "Templates may use the containers ::: title-page, ::: full-width, ::: page-break, ::: toc and ::: summary, and the paragraph classes .label, .title and .subtitle.", false);

    public static readonly DiagnosticDescriptor HeadingNumberMismatch = new("PG4016", "Heading number not at the start", Severity.Error,
        "the heading \"{0}\" does not start with its number \"{1}\"",
        "A heading's number attribute must repeat the start of its text. Template headings use pg.heading, which writes both.", false);

    public static readonly DiagnosticDescriptor FootnoteUndefined = new("PG4017", "Footnote without text", Severity.Error,
        "the footnote call [^{0}] has no text; add [^{0}]: … at the end of the same field",
        "Each footnote call [^n] needs its text, written [^n]: … at the end of the same field.", false);

    public static readonly DiagnosticDescriptor FootnoteUnused = new("PG4018", "Footnote never called", Severity.Warning,
        "the footnote [^{0}] is never called in the text",
        "A footnote text [^n]: … is given but the text has no call [^n]. Add the call or remove the footnote.");

    public static readonly DiagnosticDescriptor StructureMismatch = new("PG4020", "French and Dutch differ in structure", Severity.Error,
        "{0}",
        "The French and Dutch documents must have the same headings and blocks with ids in the same order, so that they can stand side by side. The message names the first unit that differs; usually a template writes something for one language only, or a field is given in one language only.", false);

    public static readonly DiagnosticDescriptor SpanningTableShape = new("PG4021", "Full-width table differs between languages", Severity.Error,
        "the full-width table '{0}' has {1} in French but {2} in Dutch",
        "A table across both columns holds both languages in each cell, so the French and Dutch versions need the same rows and columns.", false);

    public static readonly DiagnosticDescriptor UnknownLabel = new("PG4030", "Unknown label", Severity.Error,
        "'{0}' is not a label key{1}",
        "Labels are printed from the label catalogue (listed in templates/a453/README.md); a note may reword one in its 'labels' section. The key must be one of the catalogue's.", false);

    // PG5xxx — writers (DOCX)
    public static readonly DiagnosticDescriptor ReferenceStyleMissing = new("PG5101", "Style missing from the reference document", Severity.Warning,
        "the reference document '{0}' has no style '{1}'; policygen's own definition is used",
        "A reference .docx replaces policygen's styles, so it must define every style the writer uses (headings of both languages, body, lists, tables, table of contents, header, footer, footnotes). Add the style to the reference document, or start from a DOCX that policygen wrote.", false);

    public static readonly DiagnosticDescriptor ReferenceUnreadable = new("PG5102", "Reference document unreadable", Severity.Error,
        "the reference document '{0}' cannot be read: {1}",
        "The reference document must be a Word document (.docx).", false);

    public static readonly DiagnosticDescriptor ReferenceHeaderNotCopied = new("PG5103", "Reference header or footer not used", Severity.Warning,
        "the {1} of the reference document '{0}' holds images or other parts, which are not copied; policygen's own {1} is used",
        "Only headers and footers made of text and fields are taken from a reference document.", false);

    /// <summary>All descriptors, by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [.. typeof(DiagnosticDescriptors).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)];
}
