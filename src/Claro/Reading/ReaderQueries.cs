using System.Globalization;
using Claro.Content;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Reading;

/// <summary>The queries behind readers' pages and the delivery API: published versions only.</summary>
public static class ReaderQueries
{
    /// <summary>Items readers can see: published and not withdrawn.</summary>
    public static IQueryable<Item> Published(this IQueryable<Item> items) =>
        items.Where(i => i.PublishedVersionId != null && i.Document.WithdrawnUtc == null);

    /// <summary>Every version readers were ever shown of the items they can see now: the public history and the feeds.</summary>
    public static IQueryable<ContentVersion> PublishedChanges(this IQueryable<Item> items) =>
        items.Published().SelectMany(i => i.Versions).Where(v => v.PublishedUtc != null);

    public static IQueryable<Item> InCulture(this IQueryable<Item> items, string culture) =>
        items.Where(i => i.Culture == culture);

    /// <summary>Every explainer readers can see in a culture, in the list's order.</summary>
    public static Task<List<PageSummary>> ListAsync(this ClaroDbContext db, string culture, CancellationToken ct = default) =>
        db.SummariesAsync(culture, 0, int.MaxValue, ct);

    /// <summary>
    /// One page of the readers' list, in title order, and how many explainers there are in all: a site
    /// with thousands of explainers must not render them all for one request.
    /// </summary>
    public static async Task<PageList> ListPageAsync(this ClaroDbContext db, string culture, int page, int pageSize, CancellationToken ct = default)
    {
        var pages = await db.SummariesAsync(culture, (page - 1) * pageSize, pageSize, ct);
        // A page neither full nor empty is the last: the total follows from it, and most sites fit on one page.
        var total = pages.Count > 0 && pages.Count < pageSize ? (page - 1) * pageSize + pages.Count : await db.CountListedAsync(culture, ct);
        return new PageList(pages, page, (total + pageSize - 1) / pageSize, total);
    }

    // The list is the site's home and the first page a new node serves, so it is read straight from the connection:
    // through EF Core its LINQ query would start EF's query pipeline at the first request, about a seventh of a
    // start's CPU (bench/RESULTS.md, "2026-12-02, 16:05 UTC"). What Published() and InCulture() select, in SQL that
    // SQLite and PostgreSQL both run; double quotes name tables and columns as EF created them. ListQueryTests holds
    // it to the LINQ definition.
    private const string Listed = """
        FROM "Items" AS i
        JOIN "Versions" AS v ON v."Id" = i."PublishedVersionId"
        JOIN "Documents" AS d ON d."Id" = i."DocumentId"
        WHERE i."Culture" = @culture AND d."WithdrawnUtc" IS NULL
        """;

    /// <summary>The list's lines from <paramref name="skip"/>, ordered by title and then id.</summary>
    private static Task<List<PageSummary>> SummariesAsync(this ClaroDbContext db, string culture, int skip, int take, CancellationToken ct) =>
        db.Database.ReadAsync(async command =>
        {
            command.CommandText = $"""
                SELECT i."DocumentId", i."Culture", i."Slug", v."Title", v."Summary", COALESCE(v."PublishedUtc", v."CreatedUtc"), v."Number"
                {Listed}
                ORDER BY v."Title", i."Id"
                LIMIT @take OFFSET @skip
                """;
            command.AddParameter("@culture", culture);
            command.AddParameter("@take", take);
            command.AddParameter("@skip", skip);
            var summaries = new List<PageSummary>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                summaries.Add(new PageSummary(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetString(4), DateTime.SpecifyKind(reader.GetDateTime(5), DateTimeKind.Utc), reader.GetInt32(6)));
            }

            return summaries;
        }, ct);

    private static Task<int> CountListedAsync(this ClaroDbContext db, string culture, CancellationToken ct) =>
        db.Database.ReadAsync(async command =>
        {
            command.CommandText = $"SELECT COUNT(*) {Listed}";
            command.AddParameter("@culture", culture);
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }, ct);

    /// <summary>Finds the page for a culture and a slug as typed, folding case and accents.</summary>
    public static async Task<PageLookup> FindPageAsync(this ClaroDbContext db, string culture, string requestedSlug, CancellationToken ct = default)
    {
        var slug = Slug.Fold(requestedSlug);
        if (slug.Length == 0 || slug.Length > Slug.MaxLength)
        {
            return new PageLookup.Missing();
        }

        var found = await db.Items.AsNoTracking()
            .Where(i => i.Culture == culture && i.Slug == slug && i.PublishedVersionId != null)
            .Select(i => new
            {
                i.DocumentId,
                i.Document.SourceCulture,
                i.Document.WithdrawnUtc,
                i.Document.WithdrawnReason,
                Version = i.PublishedVersion!,
                Siblings = i.Document.Items.Where(s => s.PublishedVersionId != null)
                    .Select(s => new { s.Culture, s.Slug, s.PublishedVersion!.Title, s.PublishedVersion.Number, s.PublishedVersion.SourceVersion })
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);

        if (found is null)
        {
            var elsewhere = await db.Items.AsNoTracking().Published()
                .Where(i => i.Slug == slug)
                .SelectMany(i => i.Document.Items.Where(s => s.Culture == culture && s.PublishedVersionId != null).Select(s => s.Slug))
                .FirstOrDefaultAsync(ct);
            return elsewhere is null ? new PageLookup.Missing() : new PageLookup.MovedTo(elsewhere);
        }

        if (found.WithdrawnUtc is { } withdrawn)
        {
            return new PageLookup.Withdrawn(found.DocumentId, withdrawn, found.WithdrawnReason ?? "");
        }

        if (slug != requestedSlug)
        {
            return new PageLookup.MovedTo(slug);
        }

        var publishedSource = found.Siblings.Find(s => s.Culture == found.SourceCulture)?.Number;
        var translations = found.Siblings
            .Select(s => new PageTranslation(s.Culture, s.Slug, s.Title, ContentVersion.SourceVersionsBehind(s.SourceVersion, publishedSource) > 0, s.Number))
            .OrderBy(t => t.Culture, StringComparer.Ordinal)
            .ToList();
        var version = found.Version;
        return new PageLookup.Found(new ReaderPage(
            found.DocumentId, culture, slug, version.Title, version.Summary, version.Html,
            version.PublishedUtc ?? version.CreatedUtc, version.Number, version.ChangeNote, found.SourceCulture,
            ContentVersion.SourceVersionsBehind(version.SourceVersion, publishedSource) > 0, translations));
    }

    /// <summary>
    /// The page that came from an Orchard Core address of several segments, as a reader types it: folded like a slug, with the
    /// culture prefix the recipe had, or with one of <paramref name="cultures"/> in front of a path the recipe had without.
    /// A page never published has no former address; a withdrawn one keeps it, so its own address can say why it went.
    /// </summary>
    public static async Task<PageAddress?> FindOrchardPathAsync(this ClaroDbContext db, string requestedPath, IReadOnlyCollection<string> cultures, CancellationToken ct = default)
    {
        var path = Slug.FoldPath(requestedPath);
        var firstSlash = path.IndexOf('/', StringComparison.Ordinal);
        if (firstSlash < 0 || path.Length > Slug.MaxPathLength)
        {
            return null;
        }

        var prefix = path[..firstSlash];
        var (culture, unprefixed) = cultures.Any(c => c.Equals(prefix, StringComparison.OrdinalIgnoreCase)) ? (prefix, path[(firstSlash + 1)..]) : ("", path);
        return await db.Items.AsNoTracking()
            .Where(i => i.PublishedVersionId != null && (i.OrchardPath == path || (i.Culture == culture && i.OrchardPath == unprefixed)))
            .OrderBy(i => i.Document.WithdrawnUtc != null).ThenBy(i => i.Id)
            .Select(i => new PageAddress(i.Culture, i.Slug))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The published versions of a page, newest first: dates and change notes for the public history.</summary>
    public static Task<List<PublishedChange>> HistoryAsync(this ClaroDbContext db, string culture, string slug, CancellationToken ct = default) =>
        db.Items.AsNoTracking().InCulture(culture).Where(i => i.Slug == slug).PublishedChanges()
            .OrderByDescending(v => v.Number)
            .Select(v => new PublishedChange(v.Number, v.Title, v.PublishedUtc!.Value, v.ChangeNote))
            .ToListAsync(ct);
}

/// <summary>Where readers find a page: <c>/{culture}/{slug}</c>.</summary>
public sealed record PageAddress(string Culture, string Slug);

/// <summary>One publication of a page, as the public history lists it.</summary>
public sealed record PublishedChange(int Version, string Title, DateTime PublishedUtc, string ChangeNote);
