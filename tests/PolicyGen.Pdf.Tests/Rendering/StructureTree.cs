using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace PolicyGen.Tests.Rendering;

/// <summary>
/// An element of a PDF's structure tree as read back with PdfPig's objects: its type (<c>/S</c>), its language
/// (<c>/Lang</c>, inherited from its ancestors), how many marked-content items and annotations (<c>/OBJR</c>) it holds
/// directly, and its child elements.
/// </summary>
public sealed record StructureTree(string Type, string? Language, int MarkedContent, int Annotations, IReadOnlyList<StructureTree> Children)
{
    /// <summary>The element and all its descendants, depth first.</summary>
    public IEnumerable<StructureTree> All() => Children.SelectMany(c => c.All()).Prepend(this);

    /// <summary>The tree under the catalog's <c>/StructTreeRoot</c>, or null when the file is not tagged.</summary>
    public static StructureTree? Read(PdfDocument document)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        return catalog.Data.TryGetValue("StructTreeRoot", out var root) && Resolve(document, root) is DictionaryToken dictionary
            ? Element(document, dictionary, "StructTreeRoot", null)
            : null;
    }

    private static StructureTree Element(PdfDocument document, DictionaryToken element, string type, string? inherited)
    {
        var language = element.Data.TryGetValue("Lang", out var lang) && Resolve(document, lang) is StringToken s ? s.Data : inherited;
        var children = new List<StructureTree>();
        int marked = 0, annotations = 0;
        var kids = element.Data.TryGetValue("K", out var k) ? Resolve(document, k) : null;
        IEnumerable<IToken> items = kids switch
        {
            ArrayToken array => array.Data,
            null => [],
            _ => [kids],
        };
        foreach (var item in items.Select(i => Resolve(document, i)))
        {
            switch (item)
            {
                case NumericToken:
                    marked++;
                    break;
                case DictionaryToken kid when kid.Data.TryGetValue("S", out var tag) && Resolve(document, tag) is NameToken name:
                    children.Add(Element(document, kid, name.Data, language));
                    break;
                case DictionaryToken kid when kid.Data.TryGetValue("Type", out var kind) && Resolve(document, kind) is NameToken { Data: "OBJR" }:
                    annotations++;
                    break;
                case DictionaryToken:
                    marked++;
                    break;
                default:
                    break;
            }
        }

        return new StructureTree(type, language, marked, annotations, children);
    }

    private static IToken? Resolve(PdfDocument document, IToken? token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
}
