using Markdig.Renderers.Html;
using Markdig.Syntax;
using PolicyGen.Diagnostics;
using PolicyGen.Documents;

namespace PolicyGen.Markdown;

/// <summary>
/// Reads a heading: <c>### IV.1.1. OO 1.1. : Title {#oo-1-1 number="IV.1.1. OO 1.1. :"}</c> gives level 3,
/// id <c>oo-1-1</c>, number <c>IV.1.1. OO 1.1. :</c> and title <c>Title</c>.
/// </summary>
internal sealed class HeadingReader(ConversionContext context, InlineConverter inlines)
{
    private const string NumberKey = "number";

    public Heading? Read(HeadingBlock heading)
    {
        var title = inlines.Convert(heading.Inline);
        MarkdownConverter.TrimEnd(title);
        if (context.IsRichText)
        {
            context.Unsupported(heading, "a heading (#)", "write a **bold** line instead");
            return null;
        }

        var attributes = heading.TryGetAttributes();
        var id = attributes?.Id;
        if (string.IsNullOrEmpty(id))
        {
            context.Diagnostics.Add(DiagnosticDescriptors.HeadingWithoutId, context.Locate(heading), InlineText.Of(title));
            id = context.SyntheticId("heading");
        }

        string? number = null;
        foreach (var property in attributes?.Properties ?? [])
        {
            if (property.Key == NumberKey && !string.IsNullOrEmpty(property.Value))
            {
                number = property.Value;
            }
            else
            {
                context.Diagnostics.Add(DiagnosticDescriptors.UnknownBlockKind, context.Locate(heading), $"the heading attribute '{property.Key}' is unknown; use number=\"…\"");
            }
        }

        foreach (var name in attributes?.Classes ?? [])
        {
            context.Diagnostics.Add(DiagnosticDescriptors.UnknownBlockKind, context.Locate(heading), $"the heading class '.{name}' is unknown");
        }

        if (number is not null)
        {
            title = StripNumber(heading, title, number);
        }

        return new Heading(heading.Level, number, title) { Id = id };
    }

    private List<Documents.Inline> StripNumber(HeadingBlock heading, List<Documents.Inline> title, string number)
    {
        if (title.Count > 0 && title[0] is Text first && PrefixLength(first.Value, number) is { } length)
        {
            var rest = first.Value[length..].TrimStart(' ', '\u00A0', '\u202F', '\u2009');
            var result = new List<Documents.Inline>(title);
            if (rest.Length == 0)
            {
                result.RemoveAt(0);
            }
            else
            {
                result[0] = new Text(rest);
            }

            return result;
        }

        context.Diagnostics.Add(DiagnosticDescriptors.HeadingNumberMismatch, context.Locate(heading), InlineText.Of(title), number);
        return title;
    }

    /// <summary>How many characters of <paramref name="text"/> spell <paramref name="number"/>, any space matching any space.</summary>
    private static int? PrefixLength(string text, string number)
    {
        var i = 0;
        foreach (var c in number)
        {
            if (i >= text.Length)
            {
                return null;
            }

            var matches = IsSpace(c) ? IsSpace(text[i]) : text[i] == c;
            if (!matches)
            {
                return null;
            }

            i++;
        }

        return i;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';
}
