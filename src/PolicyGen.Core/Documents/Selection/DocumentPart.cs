namespace PolicyGen.Documents.Selection;

/// <summary>
/// A part of a paired document that can be laid out alone: a heading and everything under it, up to the next
/// heading of the same or a higher level.
/// </summary>
/// <param name="Id">The heading's id (<c>os-2</c>, <c>annex-1</c>).</param>
/// <param name="Reference">The heading's number as a reference (<c>II</c>, <c>IV.2</c>, <c>IV.2.3</c>), or null when it has none.</param>
/// <param name="Level">The heading's level: 1 a chapter or annex, 2 a strategic objective, 3 an operational one…</param>
/// <param name="Title">The heading's text in the first column's language, for messages.</param>
/// <param name="First">The index of the heading's unit in the paired document.</param>
/// <param name="Count">How many units the part holds (the heading's unit first).</param>
public sealed record DocumentPart(string Id, string? Reference, int Level, string Title, int First, int Count)
{
    /// <summary>How the part is named in messages: its reference and id (<c>IV.2 (os-2)</c>), or its id alone.</summary>
    public string Name => Reference is null ? Id : $"{Reference} ({Id})";
}
