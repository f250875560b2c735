using System.Text.RegularExpressions;
using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>Unbalanced guillemets, curly quotes, straight double quotes and parentheses (PG3070).</summary>
public sealed partial class BalanceRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.Unbalanced];

    /// <summary>Item markers such as <c>a)</c>, <c>1)</c>, <c>iv)</c>: a short token after a space or a line start.</summary>
    [GeneratedRegex(@"(?:^|[\s:;,–-])(\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})$")]
    private static partial Regex ItemMarkerBefore();

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        foreach (var field in ModelWalker.Texts(note))
        {
            foreach (var language in LanguageExtensions.All)
            {
                if (field.Text.Both is null && field.Text[language] is { } value && Problem(value) is { } problem)
                {
                    diagnostics.Add(DiagnosticDescriptors.Unbalanced, field.Text.LocationOf(language), LanguageName(language), problem);
                }
            }

            if (field.Text.Both is { } both && Problem(both) is { } p)
            {
                diagnostics.Add(DiagnosticDescriptors.Unbalanced, field.Text.Location, "shared", p);
            }
        }
    }

    /// <summary>The first imbalance in <paramref name="text"/>, in words, or null.</summary>
    public static string? Problem(string text)
    {
        return Pair(text, '«', '»', "guillemets « »")
            ?? Pair(text, '“', '”', "quotes “ ”")
            ?? Pair(text, '(', ')', "parentheses ( )")
            ?? (text.Count(c => c == '"') % 2 == 1 ? "an odd number of straight quotes \"" : null);
    }

    private static string? Pair(string text, char open, char close, string name)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == open)
            {
                depth++;
            }
            else if (c == close)
            {
                // An unopened ')' that ends an item marker (a), 1), iv)) is not a parenthesis.
                if (depth == 0 && close == ')' && ItemMarkerBefore().IsMatch(text.AsSpan(Math.Max(0, i - 6), i - Math.Max(0, i - 6)).ToString()))
                {
                    continue;
                }

                if (--depth < 0)
                {
                    return $"a closing {close} without its opening {open} ({name})";
                }
            }
        }

        return depth > 0 ? $"{depth} opening {open} not closed ({name})" : null;
    }
}
