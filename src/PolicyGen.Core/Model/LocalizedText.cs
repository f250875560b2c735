using PolicyGen.Diagnostics;
using PolicyGen.Model.Metadata;

namespace PolicyGen.Model;

/// <summary>
/// A text in French and Dutch. Written <c>{fr: …, nl: …}</c>; a text that is the same in both languages
/// (a proper name, a URL) may be written <c>{both: …}</c>. Whether it is plain text or Markdown depends on
/// the field that holds it (see <see cref="MarkdownAttribute"/>).
/// </summary>
[Doc("A text in both languages: {fr: ..., nl: ...}, or {both: ...} when it is the same in both.")]
public sealed class LocalizedText : ModelNode
{
    [Doc("The French text.")]
    public string? Fr { get; set; }

    [Doc("The Dutch text.")]
    public string? Nl { get; set; }

    [Doc("The text when it is identical in both languages (a name, a URL). Not together with fr or nl.")]
    public string? Both { get; set; }

    /// <summary>Where the French value was written.</summary>
    public SourceLocation FrLocation { get; set; } = SourceLocation.None;

    /// <summary>Where the Dutch value was written.</summary>
    public SourceLocation NlLocation { get; set; } = SourceLocation.None;

    public string? this[Language language] => Both ?? (language == Language.Fr ? Fr : Nl);

    public SourceLocation LocationOf(Language language)
    {
        var loc = language == Language.Fr ? FrLocation : NlLocation;
        return loc.IsNone ? Location : loc;
    }

    public static LocalizedText Of(string fr, string nl) => new() { Fr = fr, Nl = nl };

    public override string ToString() => Both ?? $"{Fr} / {Nl}";
}
