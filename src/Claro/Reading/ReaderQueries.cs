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

    public static Task<List<PageSummary>> ListAsync(this ClaroDbContext db, string culture, CancellationToken ct = default) =>
        db.Items.AsNoTracking().Published().InCulture(culture).Summaries().ToListAsync(ct);

    /// <summary>
    /// One page of the readers' list, in title order, and how many explainers there are in all: a site
    /// with thousands of explainers must not render them all for one request.
    /// </summary>
    public static async Task<PageList> ListPageAsync(this ClaroDbContext db, string culture, int page, int pageSize, CancellationToken ct = default)
    {
        var published = db.Items.AsNoTracking().Published().InCulture(culture);
        var pages = await published.Summaries().Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        // A page neither full nor empty is the last: the total follows from it, and most sites fit on one page.
        var total = pages.Count > 0 && pages.Count < pageSize ? (page - 1) * pageSize + pages.Count : await published.CountAsync(ct);
        return new PageList(pages, page, (total + pageSize - 1) / pageSize, total);
    }

    private static IQueryable<PageSummary> Summaries(this IQueryable<Item> items) =>
        items.OrderBy(i => i.PublishedVersion!.Title).ThenBy(i => i.Id)
            .Select(i => new PageSummary(i.DocumentId, i.Culture, i.Slug, i.PublishedVersion!.Title, i.PublishedVersion.Summary,
                i.PublishedVersion.PublishedUtc ?? i.PublishedVersion.CreatedUtc, i.PublishedVersion.Number));

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
