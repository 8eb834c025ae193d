using Claro.Content;
using Claro.Reading;
using Claro.Storage;
using Claro.Workflow;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Claro.Links;

/// <summary>A body rendered for readers of one culture, and where each of its links to the site's pages leads them.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<ResolvedLink> Links)
{
    /// <summary>Links that send readers of a culture to another language's page, or to a page they cannot open.</summary>
    public IReadOnlyList<ResolvedLink> Stray(string culture) => Links.Where(l => l.Culture != culture || !l.IsPublic).ToList();
}

/// <summary>
/// Links between explainers follow the reader's language. Authors and translators write ordinary
/// Markdown links to any language's page of an explainer (<c>/en/ice-help#call</c>); readers of the
/// Spanish page reach the Spanish page and its corresponding heading where it is published, and the
/// page the link names, marked with <c>hreflang</c>, where it is not. Readers are served stored HTML,
/// so when a document's pages change (a publish, a withdrawal) the published pages that link to it
/// are rendered again from their Markdown, which never changes.
/// </summary>
public sealed class PageLinks(ClaroDbContext db, IOptions<ClaroOptions> options)
{
    // Refreshes run one at a time, so the last to run sees every publish before it.
    private const long RefreshLock = 0x436c61726f4c; // "ClaroL"

    private IReadOnlyCollection<string> Cultures => options.Value.Cultures;

    /// <summary>Renders a body as readers of a culture will get it once published, as of now.</summary>
    public async Task<RenderedBody> RenderAsync(string markdown, string culture, CancellationToken ct = default)
    {
        var body = MarkdownRenderer.Parse(markdown);
        var directory = await LoadAsync(PathsIn(body), [], ct);
        var links = PageLinkRewriter.Rewrite(body, CultureNames.Normalize(culture), Cultures, directory);
        return new RenderedBody(MarkdownRenderer.ToHtml(body), links);
    }

    /// <summary>
    /// Renders again each published version with a link whose destination the change moved (bound to
    /// this document, or naming an address it now has), and the document's own published versions that
    /// link to explainers and were never rendered so: the HTML saved with a version knows no other page.
    /// </summary>
    public async Task RefreshAsync(string documentId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RefreshLock})", ct);
        }

        // One round trip: the published links to this document's pages, and this document's published versions
        // that were never rendered with their links (their Markdown, which only they need, comes back with them).
        var pages = db.Items.Where(i => i.DocumentId == documentId).Select(i => "/" + i.Culture + "/" + i.Slug);
        var found = await (
                from link in db.PageLinks
                join item in db.Items on link.VersionId equals item.PublishedVersionId
                where link.DocumentId == documentId || (link.DocumentId == null && pages.Contains(link.Path))
                select new { link.VersionId, Target = (string?)link.Target, link.Href, link.DocumentId, item.Culture, Markdown = (string?)null })
            .Concat(
                from item in db.Items
                where item.DocumentId == documentId && item.PublishedVersionId != null && !db.PageLinks.Any(l => l.VersionId == item.PublishedVersionId)
                select new { VersionId = item.PublishedVersionId!, Target = (string?)null, Href = (string?)null, DocumentId = (string?)null, item.Culture, Markdown = (string?)item.PublishedVersion!.Markdown })
            .AsNoTracking().ToListAsync(ct);
        var linking = found.Where(l => l.Target is not null).ToList();
        var directory = linking.Count == 0 ? null : await LoadAsync([], [documentId], ct);
        var moved = linking
            .Where(l => l.DocumentId is null || PagePath.Parse(l.Target!, Cultures) is not { } path || directory!.Resolve(documentId, path, l.Culture)?.Href != l.Href)
            .Select(l => l.VersionId);
        var unrendered = found.Where(v => v.Markdown is { } markdown && PathsIn(MarkdownRenderer.Parse(markdown)).Any()).Select(v => v.VersionId);
        var stale = moved.Concat(unrendered).Distinct().ToList();
        if (stale.Count > 0)
        {
            await RenderPublishedAsync(stale, ct);
        }

        await transaction.CommitAsync(ct);
    }

    private async Task RenderPublishedAsync(IReadOnlyList<string> versionIds, CancellationToken ct)
    {
        var versions = (await db.Versions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Item.Culture, v.Markdown }).ToListAsync(ct))
            .Where(v => v.Markdown.Length > 0) // a page imported as HTML keeps it
            .Select(v => (v.Id, v.Culture, Body: MarkdownRenderer.Parse(v.Markdown)))
            .ToList();
        var rows = await db.PageLinks.Where(l => versionIds.Contains(l.VersionId)).ToListAsync(ct);
        var bound = rows.Where(r => r.DocumentId is not null).DistinctBy(r => (r.VersionId, r.Path)).ToDictionary(r => (r.VersionId, r.Path), r => r.DocumentId!);
        var directory = await LoadAsync(versions.SelectMany(v => PathsIn(v.Body)), bound.Values, ct);
        foreach (var (id, culture, body) in versions)
        {
            var links = PageLinkRewriter.Rewrite(body, culture, Cultures, directory, path => bound.GetValueOrDefault((id, path.Page)) ?? directory.DocumentAt(path));
            var html = MarkdownRenderer.ToHtml(body);
            await db.Versions.Where(v => v.Id == id).ExecuteUpdateAsync(set => set.SetProperty(v => v.Html, html), ct);
            foreach (var link in links.Where(l => l.Path is not null))
            {
                var row = rows.Find(r => r.VersionId == id && r.Target == link.Written);
                if (row is null)
                {
                    row = new PageLink { VersionId = id, Target = link.Written, Path = link.Path!.Page, Href = link.Href };
                    rows.Add(row);
                    db.PageLinks.Add(row);
                }

                row.DocumentId ??= link.DocumentId;
                row.Href = link.Href;
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private IEnumerable<PagePath> PathsIn(MarkdownDocument body) =>
        body.Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is { Length: <= PageLink.MaxTarget })
            .Select(l => PagePath.Parse(l.Url, Cultures)).OfType<PagePath>();

    /// <summary>
    /// The documents some addresses name (a page's current address first, else the page that had it
    /// last), and any others asked for, with their pages as readers see them now.
    /// </summary>
    private async Task<PageDirectory> LoadAsync(IEnumerable<PagePath> paths, IEnumerable<string> documentIds, CancellationToken ct)
    {
        var wanted = paths.DistinctBy(p => p.Page).ToList();
        var byPage = new Dictionary<string, string>();
        if (wanted.Count > 0)
        {
            var cultures = wanted.Select(p => p.Culture).Distinct().ToList();
            var slugs = wanted.Select(p => p.Slug).Distinct().ToList();
            var current = await db.Items.AsNoTracking().Where(i => cultures.Contains(i.Culture) && slugs.Contains(i.Slug))
                .Select(i => new { Page = "/" + i.Culture + "/" + i.Slug, i.DocumentId }).ToListAsync(ct);
            foreach (var item in current)
            {
                byPage[item.Page] = item.DocumentId;
            }

            var moved = wanted.Where(p => !byPage.ContainsKey(p.Page)).ToList();
            if (moved.Count > 0)
            {
                var formerSlugs = moved.Select(p => p.Slug).Distinct().ToList();
                var former = await db.Versions.AsNoTracking().Where(v => formerSlugs.Contains(v.Slug)).OrderByDescending(v => v.CreatedUtc)
                    .Select(v => new { Page = "/" + v.Item.Culture + "/" + v.Slug, v.Item.DocumentId }).ToListAsync(ct);
                foreach (var version in former.Where(v => moved.Exists(p => p.Page == v.Page)))
                {
                    byPage.TryAdd(version.Page, version.DocumentId);
                }
            }
        }

        var ids = byPage.Values.Concat(documentIds).Distinct().ToList();
        var pages = await db.Items.AsNoTracking().Where(i => ids.Contains(i.DocumentId)).Select(i => new
        {
            i.DocumentId,
            i.Document.SourceCulture,
            i.Culture,
            i.Slug,
            IsPublic = db.Items.Published().Any(p => p.Id == i.Id),
            Markdown = i.PublishedVersionId != null
                ? i.PublishedVersion!.Markdown
                : i.Versions.Where(v => v.Number == i.LatestVersionNumber).Select(v => v.Markdown).FirstOrDefault(),
        }).ToListAsync(ct);
        var documents = pages.GroupBy(p => p.DocumentId).Select(d => new DirectoryDocument(d.Key, d.First().SourceCulture,
            d.Select(p => new DirectoryPage(p.Culture, p.Slug, p.IsPublic, HeadingAnchor.Of(p.Markdown ?? ""))).ToList())).ToList();
        return new PageDirectory(byPage, documents);
    }
}
