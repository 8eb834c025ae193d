namespace Claro.Reading;

/// <summary>
/// Full-text search over published pages, accents and case ignored, each word of the query also
/// matched as a prefix. Each database provider has its own: the index lives in the database, so
/// every web node searches the same pages.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Fills an empty index (its table is made by the migrations) when the database already holds published pages.</summary>
    Task FillWhenEmptyAsync(CancellationToken ct = default);

    /// <summary>Puts a document's published pages in the index, or takes them out when it has none or was withdrawn.</summary>
    Task UpdateAsync(string documentId, CancellationToken ct = default);

    /// <summary>Published pages of a culture that hold every word of the query (each word also as a prefix).</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string culture, string? query, int limit = 20, CancellationToken ct = default);
}
