namespace PolicyGen.Markdown;

/// <summary>Which Markdown a text may use.</summary>
public enum MarkdownDialect
{
    /// <summary>
    /// The output of templates: rich text plus headings with ids, attributes, containers (title page,
    /// full width, page break, table of contents, summary) and internal links.
    /// </summary>
    Template,

    /// <summary>
    /// A rich-text field of the sources: paragraphs, lists, pipe tables, bold, italic, links and footnotes.
    /// </summary>
    RichText,
}
