namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>What the pager needs besides the documents.</summary>
public sealed record PaginationOptions
{
    /// <summary>The document reference printed above each column (<c>A-453/2 - 2021/2022</c>).</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>The number of the first page of the volume.</summary>
    public int FirstPageNumber { get; init; } = 1;

    /// <summary>The page geometry and type sizes.</summary>
    public PageSettings Page { get; init; } = PageSettings.Default;

    /// <summary>
    /// Told the number of pages laid out so far, on the laying-out thread, as each page is started (during the first
    /// pass when a table of contents needs two). Optional.
    /// </summary>
    public Action<int>? PagesLaidOut { get; init; }
}
