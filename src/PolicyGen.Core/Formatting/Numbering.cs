using PolicyGen.Model;

namespace PolicyGen.Formatting;

/// <summary>
/// The numbers of chapter IV's headings, produced by policygen: <c>IV.1 OS 1 :</c> / <c>IV.1 SD 1 :</c>,
/// <c>IV.1.1. OO 1.1. :</c> / <c>IV.1.1. OD 1.1. :</c>, and the fourth level <c>IV.1.1.1</c>.
/// </summary>
public static class Numbering
{
    /// <summary>OS / SD.</summary>
    public static string StrategicAbbreviation(Language language) => language == Language.Fr ? "OS" : "SD";

    /// <summary>OO / OD.</summary>
    public static string OperationalAbbreviation(Language language) => language == Language.Fr ? "OO" : "OD";

    /// <summary>The section number of a strategic objective: <c>IV.1</c>.</summary>
    public static string StrategicSection(string number) => "IV." + number;

    /// <summary>The section number of an operational objective: <c>IV.1.1.</c>.</summary>
    public static string OperationalSection(string number) => "IV." + number + ".";

    /// <summary>The heading number of a strategic objective: <c>IV.1 OS 1 :</c>.</summary>
    public static string StrategicHeading(string number, Language language) =>
        $"{StrategicSection(number)} {StrategicAbbreviation(language)} {number}{Characters.Colon}";

    /// <summary>The heading number of an operational objective: <c>IV.1.1. OO 1.1. :</c>.</summary>
    public static string OperationalHeading(string number, Language language) =>
        $"{OperationalSection(number)} {OperationalAbbreviation(language)} {number}.{Characters.Colon}";

    /// <summary>A fourth-level section number: <c>IV.1.1.1</c> for the realisations (1) or the planning (2).</summary>
    public static string SubSection(string objectiveSection, int index) =>
        objectiveSection.TrimEnd('.') + "." + NumberFormat.Plain(index);
}
