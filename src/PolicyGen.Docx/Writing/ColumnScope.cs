using PolicyGen.Documents;
using PolicyGen.Model;

namespace PolicyGen.Docx.Writing;

/// <summary>Where content is being written: which document, which language, and the footnotes it may call.</summary>
internal sealed record ColumnScope(WriterContext Context, string Document, Language Language, IReadOnlyList<Footnote> FootnoteList);
