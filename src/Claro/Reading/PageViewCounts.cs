using Claro.Content;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Reading;

/// <summary>
/// Readers' page views, counted by the page's path (<c>/es/inmigracion</c>) as it was answered, cached or not, and
/// turned into (document, language, day) only when written. A path that no longer names a page by then is dropped.
/// </summary>
public sealed class PageViewCounts : DailyCounts<string>
{
    /// <summary>
    /// Counts a reader's request for <paramref name="path"/> when it can be a page: two segments, the first a
    /// language. Which document it is, if any, is found when the counts are written, off the reader's path.
    /// </summary>
    public void Count(string path, DateOnly day, ClaroOptions options)
    {
        // On every reader's request, cached ones included: look at the path's characters without allocating.
        var span = path.AsSpan();
        if (span.Length < 4 || span[0] != '/')
        {
            return;
        }

        var second = span[1..].IndexOf('/') + 1;
        if (second < 2 || !IsSlug(span[(second + 1)..]))
        {
            return;
        }

        var culture = span[1..second];
        foreach (var supported in options.Cultures)
        {
            if (culture.Equals(supported, StringComparison.Ordinal))
            {
                Add(path, day);
                return;
            }
        }
    }

    protected override async Task WriteAsync(ClaroDbContext db, IReadOnlyList<(string Key, DateOnly Day, int Count)> counts, CancellationToken ct)
    {
        foreach (var byPath in counts.GroupBy(c => c.Key))
        {
            if (Split(byPath.Key) is not { } page)
            {
                continue;
            }

            var (culture, slug) = page;
            var documentId = await db.Items.AsNoTracking()
                .Where(i => i.Culture == culture && i.Slug == slug && i.PublishedVersionId != null)
                .Select(i => i.DocumentId).FirstOrDefaultAsync(ct);
            if (documentId is null)
            {
                continue;
            }

            foreach (var (_, day, count) in byPath)
            {
                // Quoted names, because PostgreSQL folds unquoted ones to lower case; SQLite accepts them as well.
                await db.Database.ExecuteSqlAsync(
                    $"""INSERT INTO "PageViews" ("DocumentId", "Culture", "Day", "Count") VALUES ({documentId}, {culture}, {day}, {count}) ON CONFLICT ("DocumentId", "Culture", "Day") DO UPDATE SET "Count" = "PageViews"."Count" + {count}""", ct);
            }
        }
    }

    /// <summary>The language and slug of <c>/{culture}/{slug}</c>, as <see cref="Count"/> let it in.</summary>
    private static (string Culture, string Slug)? Split(string path)
    {
        var second = path.IndexOf('/', 1);
        return second < 2 ? null : (path[1..second], path[(second + 1)..]);
    }

    /// <summary>A slug in its canonical form (lower-case letters, digits, inner hyphens), as every page's address is.</summary>
    private static bool IsSlug(ReadOnlySpan<char> text) =>
        text.Length is > 0 and <= Slug.MaxLength && text[0] != '-' && text[^1] != '-' && !text.ContainsAnyExcept(SlugCharacters);

    private static readonly System.Buffers.SearchValues<char> SlugCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");
}
