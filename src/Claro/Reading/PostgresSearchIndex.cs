using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Reading;

/// <summary>
/// Search on PostgreSQL: a table of published pages with a GIN-indexed <c>tsvector</c>, built with a
/// text-search configuration of its own — <c>simple</c> behind the <c>unaccent</c> dictionary — so
/// that case and accents are ignored both when pages are indexed and when <c>ts_headline</c> marks
/// the matches. Every web node searches the same table. The extension, the configuration, the table and its
/// index are made by the PostgreSQL migrations.
/// </summary>
public sealed class PostgresSearchIndex(ClaroDbContext db) : SearchIndex(db)
{
    private protected override async Task InsertAsync(IReadOnlyList<IndexedPage> pages, CancellationToken ct)
    {
        if (pages.Count > 0)
        {
            await WriteAsync([], pages, ct);
        }
    }

    /// <summary>The document's pages that readers no longer see are taken out while the published ones are written over.</summary>
    private protected override Task ReplaceAsync(IReadOnlyList<string> itemIds, IReadOnlyList<IndexedPage> published, CancellationToken ct) =>
        WriteAsync(itemIds.Except(published.Select(p => p.ItemId), StringComparer.Ordinal).ToArray(), published, ct);

    /// <summary>
    /// One statement, so one round trip, atomic without a transaction of its own, for the whole batch. An upsert, because
    /// two nodes may re-index the same document at the same moment.
    /// </summary>
    private Task<int> WriteAsync(string[] gone, IReadOnlyList<IndexedPage> pages, CancellationToken ct)
    {
        var ids = pages.Select(p => p.ItemId).ToArray();
        var cultures = pages.Select(p => p.Culture).ToArray();
        var slugs = pages.Select(p => p.Slug).ToArray();
        var titles = pages.Select(p => p.Title).ToArray();
        var bodies = pages.Select(p => p.Body).ToArray();
        return Db.Database.ExecuteSqlAsync(
            $"""
            WITH gone AS (DELETE FROM "SearchEntries" WHERE "ItemId" = ANY({gone}))
            INSERT INTO "SearchEntries" ("ItemId", "Culture", "Slug", "Title", "Body", "Terms")
            SELECT p.id, p.culture, p.slug, p.title, p.body,
                   setweight(to_tsvector('claro_search', p.title), 'A') || setweight(to_tsvector('claro_search', p.body), 'B')
            FROM unnest({ids}, {cultures}, {slugs}, {titles}, {bodies}) AS p(id, culture, slug, title, body)
            ON CONFLICT ("ItemId") DO UPDATE SET "Culture" = excluded."Culture", "Slug" = excluded."Slug", "Title" = excluded."Title",
                "Body" = excluded."Body", "Terms" = excluded."Terms"
            """, ct);
    }

    public override async Task<IReadOnlyList<SearchHit>> SearchAsync(string culture, string? query, int limit = 20, CancellationToken ct = default)
    {
        var tsquery = ToTsQuery(query);
        if (tsquery is null)
        {
            return [];
        }

        var options = $"StartSel={SearchText.MatchStart}, StopSel={SearchText.MatchEnd}, MaxFragments=2, MaxWords=14, MinWords=5, ShortWord=0, FragmentDelimiter=\" … \"";
        var rows = await Db.Database.SqlQuery<Row>(
            $"""
            SELECT e."Slug", e."Title", ts_headline('claro_search', e."Body", q, {options}) AS "Snippet", ts_rank(e."Terms", q) AS "Rank"
            FROM "SearchEntries" e, to_tsquery('claro_search', {tsquery}) q
            WHERE e."Culture" = {culture} AND e."Terms" @@ q
            ORDER BY "Rank" DESC, e."Title"
            LIMIT {limit}
            """).ToListAsync(ct);
        return rows.Select(r => new SearchHit(r.Slug, r.Title, SearchText.MarkSnippet(r.Snippet))).ToList();
    }

    /// <summary>
    /// Readers' words become quoted prefix lexemes joined by AND, so that nothing they type is read as
    /// <c>tsquery</c> syntax: <c>inmigración ICE</c> → <c>'inmigración':* &amp; 'ICE':*</c>. The words hold only
    /// letters, digits and combining marks, never a quote. Null when no word is left.
    /// </summary>
    internal static string? ToTsQuery(string? query)
    {
        var words = SearchText.Words(query);
        return words.Count == 0 ? null : string.Join(" & ", words.Select(w => $"'{w}':*"));
    }

    private sealed class Row
    {
        public string Slug { get; init; } = "";

        public string Title { get; init; } = "";

        public string Snippet { get; init; } = "";

        public float Rank { get; init; }
    }
}
