using System.Data.Common;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Reading;

/// <summary>
/// Search on SQLite: an FTS5 table whose <c>unicode61 remove_diacritics 2</c> tokenizer folds case and
/// accents, so "INMIGRACION" finds "inmigración". Rebuilt per document when what readers see changes; the table is made by
/// the SQLite migrations.
/// </summary>
public sealed class SqliteSearchIndex(ClaroDbContext db) : SearchIndex(db)
{
    private protected override async Task InsertAsync(IReadOnlyList<IndexedPage> pages, CancellationToken ct)
    {
        foreach (var page in pages)
        {
            await Db.Database.ExecuteSqlAsync(
                $"INSERT INTO SearchEntries (ItemId, Culture, Slug, Title, Body) VALUES ({page.ItemId}, {page.Culture}, {page.Slug}, {page.Title}, {page.Body})", ct);
        }
    }

    private protected override async Task ReplaceAsync(IReadOnlyList<string> itemIds, IReadOnlyList<IndexedPage> published, CancellationToken ct)
    {
        await using var transaction = await Db.Database.BeginTransactionAsync(ct);
        foreach (var id in itemIds)
        {
            await Db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE ItemId = {id}", ct);
        }

        await InsertAsync(published, ct);
        await transaction.CommitAsync(ct);
    }

    public override async Task<IReadOnlyList<SearchHit>> SearchAsync(string culture, string? query, int limit = 20, CancellationToken ct = default)
    {
        var match = ToMatchExpression(query);
        if (match is null)
        {
            return [];
        }

        var connection = Db.Database.GetDbConnection();
        await Db.Database.OpenConnectionAsync(ct);
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
            await Db.Database.CloseConnectionAsync();
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

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
