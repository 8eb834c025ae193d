using System.Data.Common;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Reading;

/// <summary>
/// Search on SQLite: an FTS5 table whose <c>unicode61 remove_diacritics 2</c> tokenizer folds case and
/// accents, so "INMIGRACION" finds "inmigración". Rebuilt per document when what readers see changes.
/// </summary>
public sealed class SqliteSearchIndex(ClaroDbContext db) : ISearchIndex
{
    public async Task EnsureCreatedAsync(CancellationToken ct = default)
    {
        await db.Database.ExecuteSqlRawAsync(
            "CREATE VIRTUAL TABLE IF NOT EXISTS SearchEntries USING fts5(ItemId UNINDEXED, Culture UNINDEXED, Slug UNINDEXED, Title, Body, tokenize = 'unicode61 remove_diacritics 2')", ct);
        // Every start asks this, so it must not depend on the number of pages: count(*) on an FTS5
        // table reads every row, EXISTS stops at the first.
        if (await ScalarAsync("SELECT EXISTS (SELECT 1 FROM SearchEntries)", ct) == 0)
        {
            // An empty index needs no deletes: only inserts, in one transaction.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await foreach (var page in SearchText.LoadAllAsync(db, ct))
            {
                await InsertAsync(page, ct);
            }

            await transaction.CommitAsync(ct);
        }
    }

    public async Task UpdateAsync(string documentId, CancellationToken ct = default)
    {
        var (items, published) = await SearchText.LoadAsync(db, documentId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var id in items)
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE ItemId = {id}", ct);
        }

        foreach (var page in published)
        {
            await InsertAsync(page, ct);
        }

        await transaction.CommitAsync(ct);
    }

    private Task<int> InsertAsync(IndexedPage page, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync(
            $"INSERT INTO SearchEntries (ItemId, Culture, Slug, Title, Body) VALUES ({page.ItemId}, {page.Culture}, {page.Slug}, {page.Title}, {page.Body})", ct);

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string culture, string? query, int limit = 20, CancellationToken ct = default)
    {
        var match = ToMatchExpression(query);
        if (match is null)
        {
            return [];
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText =
                "SELECT Slug, Title, snippet(SearchEntries, 4, char(2), char(3), '…', 14) FROM SearchEntries " +
                "WHERE SearchEntries MATCH $match AND Culture = $culture ORDER BY rank LIMIT $limit";
            AddParameter(command, "$match", match);
            AddParameter(command, "$culture", culture);
            AddParameter(command, "$limit", limit);
            var hits = new List<SearchHit>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), SearchText.MarkSnippet(reader.GetString(2))));
            }

            return hits;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Readers' words become quoted prefix terms, so that nothing they type is read as FTS5 syntax:
    /// <c>inmigración ICE</c> → <c>"inmigración"* "ICE"*</c>. Null when no word is left.
    /// </summary>
    internal static string? ToMatchExpression(string? query)
    {
        var words = SearchText.Words(query);
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => $"\"{w}\"*"));
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
