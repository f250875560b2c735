using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Model;

namespace PolicyGen.Docx.Writing;

/// <summary>
/// Bookmark names and ids. A name comes from the document, the language and the block's stable id
/// (<c>fr_open-data_os-1</c> → <c>fr_open_data_os_1</c>), never from a counter, so inserting content does not
/// rename the others; names longer than Word's 40 characters are shortened with a stable hash.
/// </summary>
internal sealed class Bookmarks
{
    private const int MaxLength = 40;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private int _next;

    /// <summary>The bookmark of a block of a document in a language.</summary>
    public static string Name(string document, Language language, string id) => Clean(language.Code() + "_" + document + "_" + id);

    /// <summary>The bookmark that spans a whole document (for <c>TOC \b</c>).</summary>
    public static string DocumentName(string document) => Clean("doc_" + document);

    /// <summary>A bookmark start and end, or null when the name is taken (a name is set once).</summary>
    public (BookmarkStart Start, BookmarkEnd End)? Create(string name)
    {
        if (!_used.Add(name))
        {
            return null;
        }

        var id = (_next++).ToString(CultureInfo.InvariantCulture);
        return (new BookmarkStart { Id = id, Name = name }, new BookmarkEnd { Id = id });
    }

    private static string Clean(string raw)
    {
        var name = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        if (name.Length <= MaxLength)
        {
            return name.ToString();
        }

        // FNV-1a: stable across runs and runtimes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in raw)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return name.ToString(0, MaxLength - 9) + "_" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
