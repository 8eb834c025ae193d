using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Reading;

/// <summary>
/// Search on PostgreSQL: a table of published pages with a GIN-indexed <c>tsvector</c>, built with a
/// text-search configuration of its own — <c>simple</c> behind the <c>unaccent</c> dictionary — so
/// that case and accents are ignored both when pages are indexed and when <c>ts_headline</c> marks
/// the matches. Every web node searches the same table.
/// </summary>
public sealed class PostgresSearchIndex(ClaroDbContext db) : ISearchIndex
{
    // Two nodes starting at once must not both create the extension or the configuration.
    private const long SchemaLock = 0x436c61726f; // "Claro"

    public async Task EnsureCreatedAsync(CancellationToken ct = default)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SchemaLock})", ct);
            await db.Database.ExecuteSqlRawAsync(
                """
                CREATE EXTENSION IF NOT EXISTS unaccent;
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'claro_search' AND cfgnamespace = current_schema()::regnamespace) THEN
                        CREATE TEXT SEARCH CONFIGURATION claro_search (COPY = simple);
                        ALTER TEXT SEARCH CONFIGURATION claro_search
                            ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple;
                    END IF;
                END $$;
                CREATE TABLE IF NOT EXISTS "SearchEntries" (
                    "ItemId" character varying(64) PRIMARY KEY,
                    "Culture" character varying(16) NOT NULL,
                    "Slug" text NOT NULL,
                    "Title" text NOT NULL,
                    "Body" text NOT NULL,
                    "Terms" tsvector NOT NULL);
                CREATE INDEX IF NOT EXISTS "IX_SearchEntries_Terms" ON "SearchEntries" USING GIN ("Terms");
                """, ct);
            await transaction.CommitAsync(ct);
        }

        var indexed = await db.Database.SqlQuery<long>($"""SELECT count(*) AS "Value" FROM "SearchEntries" """).SingleAsync(ct);
        if (indexed == 0 && await db.Items.AnyAsync(i => i.PublishedVersionId != null, ct))
        {
            foreach (var id in await db.Documents.Select(d => d.Id).ToListAsync(ct))
            {
                await UpdateAsync(id, ct);
            }
        }
    }

    public async Task UpdateAsync(string documentId, CancellationToken ct = default)
    {
        var (items, published) = await SearchText.LoadAsync(db, documentId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var stale = items.Except(published.Select(p => p.ItemId)).ToArray();
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchEntries" WHERE "ItemId" = ANY({stale})""", ct);
        foreach (var page in published)
        {
            // An upsert, because two nodes may re-index the same document at the same moment.
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "SearchEntries" ("ItemId", "Culture", "Slug", "Title", "Body", "Terms")
                VALUES ({page.ItemId}, {page.Culture}, {page.Slug}, {page.Title}, {page.Body},
                        setweight(to_tsvector('claro_search', {page.Title}), 'A') || setweight(to_tsvector('claro_search', {page.Body}), 'B'))
                ON CONFLICT ("ItemId") DO UPDATE SET "Culture" = excluded."Culture", "Slug" = excluded."Slug", "Title" = excluded."Title",
                    "Body" = excluded."Body", "Terms" = excluded."Terms"
                """, ct);
        }

        await transaction.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string culture, string? query, int limit = 20, CancellationToken ct = default)
    {
        var tsquery = ToTsQuery(query);
        if (tsquery is null)
        {
            return [];
        }

        var options = $"StartSel={SearchText.MatchStart}, StopSel={SearchText.MatchEnd}, MaxFragments=2, MaxWords=14, MinWords=5, ShortWord=0, FragmentDelimiter=\" … \"";
        var rows = await db.Database.SqlQuery<Row>(
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
