using PolicyGen.Documents;
using PolicyGen.Model;

namespace PolicyGen.Docx.Writing;

/// <summary>
/// The footnotes called so far, each a Word footnote with an id allocated at its first call. Each language
/// numbers its notes from 1 (as in the PDF), so the calls carry their own mark (<c>customMarkFollows</c>)
/// instead of Word's running number.
/// </summary>
internal sealed class FootnoteStore
{
    private readonly Dictionary<(string Document, Language Language, int Number), int> _ids = [];
    private readonly List<(int Id, string Document, Language Language, Footnote Footnote)> _notes = [];

    /// <summary>The footnotes in the order of their ids.</summary>
    public IReadOnlyList<(int Id, string Document, Language Language, Footnote Footnote)> Notes => _notes;

    /// <summary>The Word footnote id for a call, or null when the call was already made (a second call only prints the mark).</summary>
    public int? Call(string document, Language language, int number, IReadOnlyList<Footnote> footnotes)
    {
        var key = (document, language, number);
        if (_ids.ContainsKey(key))
        {
            return null;
        }

        var footnote = footnotes.FirstOrDefault(f => f.Number == number);
        if (footnote is null)
        {
            return null;
        }

        var id = _notes.Count + 1;
        _ids.Add(key, id);
        _notes.Add((id, document, language, footnote));
        return id;
    }
}
