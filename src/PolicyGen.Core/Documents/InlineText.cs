using System.Text;

namespace PolicyGen.Documents;

/// <summary>The plain text of inline content, without markup: for comparisons, outlines and messages.</summary>
public sealed class InlineText : IInlineVisitor<string>
{
    private static readonly InlineText Instance = new();

    private InlineText()
    {
    }

    /// <summary>The text of the runs, joined; a line break counts as a space, a note call as nothing.</summary>
    public static string Of(IEnumerable<Inline> inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            text.Append(inline.Accept(Instance));
        }

        return text.ToString();
    }

    /// <summary>The full text of a heading: its number and title separated by a space.</summary>
    public static string Of(Heading heading) =>
        heading.Number is null ? Of(heading.Title) : heading.Number + " " + Of(heading.Title);

    public string Visit(Text text) => text.Value;

    public string Visit(Strong strong) => Of(strong.Content);

    public string Visit(Emphasis emphasis) => Of(emphasis.Content);

    public string Visit(LineBreak lineBreak) => " ";

    public string Visit(FootnoteReference footnote) => string.Empty;

    public string Visit(Link link) => Of(link.Content);
}
