using System.Data.Common;
using System.Net;
using System.Text;
using Claro.Content;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Reading;

/// <summary>One search result: the page and a snippet with the matches marked.</summary>
public sealed record SearchHit(string Slug, string Title, string SnippetHtml);

/// <summary>
/// Full-text search over published pages: an SQLite FTS5 table whose <c>unicode61 remove_diacritics 2</c>
/// tokenizer folds case and accents, so "INMIGRACION" finds "inmigración". Rebuilt per document when
/// what readers see changes.
/// </summary>
public sealed class SearchIndex(ClaroDbContext db)
{
    private const char MatchStart = '\u0002';
    private const char MatchEnd = '\u0003';
    private const int MaxTerms = 8;

    public async Task EnsureCreatedAsync(CancellationToken ct = default)
    {
        await db.Database.ExecuteSqlRawAsync(
            "CREATE VIRTUAL TABLE IF NOT EXISTS SearchEntries USING fts5(ItemId UNINDEXED, Culture UNINDEXED, Slug UNINDEXED, Title, Body, tokenize = 'unicode61 remove_diacritics 2')", ct);
        var indexed = await ScalarAsync("SELECT count(*) FROM SearchEntries", ct);
        if (indexed == 0 && await db.Items.AnyAsync(i => i.PublishedVersionId != null, ct))
        {
            foreach (var id in await db.Documents.Select(d => d.Id).ToListAsync(ct))
            {
                await UpdateAsync(id, ct);
            }
        }
    }

    /// <summary>Puts a document's published pages in the index, or takes them out when it has none or was withdrawn.</summary>
    public async Task UpdateAsync(string documentId, CancellationToken ct = default)
    {
        var items = await db.Items.AsNoTracking().Where(i => i.DocumentId == documentId).Select(i => i.Id).ToListAsync(ct);
        var published = await db.Items.AsNoTracking().Published().Where(i => i.DocumentId == documentId)
            .Select(i => new { i.Id, i.Culture, i.Slug, i.PublishedVersion!.Title, i.PublishedVersion.Summary, i.PublishedVersion.Markdown, i.PublishedVersion.Html })
            .ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var id in items)
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE ItemId = {id}", ct);
        }

        foreach (var page in published)
        {
            var body = page.Summary + "\n" + (page.Markdown.Length > 0 ? MarkdownRenderer.ToPlainText(page.Markdown) : StripTags(page.Html));
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO SearchEntries (ItemId, Culture, Slug, Title, Body) VALUES ({page.Id}, {page.Culture}, {page.Slug}, {page.Title}, {body})", ct);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>Published pages of a culture that hold every word of the query (each word also as a prefix).</summary>
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
                hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), MarkSnippet(reader.GetString(2))));
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
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in query.Append(' '))
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                terms.Add($"\"{word}\"*");
                word.Clear();
            }
        }

        return terms.Count == 0 ? null : string.Join(' ', terms.Take(MaxTerms));
    }

    private static string MarkSnippet(string snippet) =>
        WebUtility.HtmlEncode(snippet).Replace(MatchStart.ToString(), "<mark>", StringComparison.Ordinal).Replace(MatchEnd.ToString(), "</mark>", StringComparison.Ordinal);

    private static string StripTags(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ");

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
