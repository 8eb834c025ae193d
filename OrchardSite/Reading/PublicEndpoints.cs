using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Claro.Reading;
using Claro.Site.Localization;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary>Readers' entry point, the liveness probe, and what search engines and feed readers fetch.</summary>
internal static class PublicEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (ClaroDbContext db, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct)
                ? Results.Text("Healthy")
                : Results.Text("Unhealthy: the database does not answer", statusCode: StatusCodes.Status503ServiceUnavailable));

    public static void MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, IOptions<ClaroOptions> options) =>
        {
            context.Response.Headers.Vary = "Accept-Language";
            var culture = CultureSelection.Negotiate(context.Request.Headers.AcceptLanguage.ToString(), options.Value);
            return Results.Redirect($"/{culture}/");
        });
        app.MapGet("/robots.txt", (SiteUrls urls) => Results.Text($"User-agent: *\nDisallow: /admin/\nDisallow: /api/\nSitemap: {urls.Absolute("/sitemap.xml")}\n"));
        app.MapGet("/sitemap.xml", SitemapAsync);
        app.MapGet("/{culture:culture}/feed.atom", FeedAsync);
    }

    private static async Task<IResult> SitemapAsync(ClaroDbContext db, SiteUrls urls, CancellationToken ct)
    {
        var pages = await db.Items.AsNoTracking().Published()
            .Select(i => new { i.DocumentId, i.Culture, i.Slug, Updated = i.PublishedVersion!.PublishedUtc ?? i.PublishedVersion.CreatedUtc, i.Document.SourceCulture })
            .ToListAsync(ct);
        const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
        const string Xhtml = "http://www.w3.org/1999/xhtml";
        using var output = new MemoryStream();
        await using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true }))
        {
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "urlset", Sitemaps);
            await xml.WriteAttributeStringAsync("xmlns", "xhtml", null, Xhtml);
            foreach (var document in pages.GroupBy(p => p.DocumentId))
            {
                var source = document.FirstOrDefault(p => p.Culture == p.SourceCulture) ?? document.First();
                foreach (var page in document.OrderBy(p => p.Culture, StringComparer.Ordinal))
                {
                    await xml.WriteStartElementAsync(null, "url", Sitemaps);
                    await xml.WriteElementStringAsync(null, "loc", Sitemaps, urls.Page(page.Culture, page.Slug));
                    await xml.WriteElementStringAsync(null, "lastmod", Sitemaps, page.Updated.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
                    foreach (var alternate in document.OrderBy(p => p.Culture, StringComparer.Ordinal).Select(p => (p.Culture, p.Slug)).Append(("x-default", source.Slug)))
                    {
                        await xml.WriteStartElementAsync("xhtml", "link", Xhtml);
                        await xml.WriteAttributeStringAsync(null, "rel", null, "alternate");
                        await xml.WriteAttributeStringAsync(null, "hreflang", null, alternate.Item1);
                        await xml.WriteAttributeStringAsync(null, "href", null, urls.Page(alternate.Item1 == "x-default" ? source.Culture : alternate.Item1, alternate.Item2));
                        await xml.WriteEndElementAsync();
                    }

                    await xml.WriteEndElementAsync();
                }
            }

            await xml.WriteEndElementAsync();
        }

        return Results.Bytes(output.ToArray(), "application/xml; charset=utf-8");
    }

    private static async Task<IResult> FeedAsync(string culture, ClaroDbContext db, SiteUrls urls, IStringLocalizer<SiteText> text, CancellationToken ct)
    {
        culture = culture.ToLowerInvariant();
        var changes = await db.Versions.AsNoTracking()
            .Where(v => v.Item.Culture == culture && v.PublishedUtc != null && v.Item.PublishedVersionId != null && v.Item.Document.WithdrawnUtc == null)
            .OrderByDescending(v => v.PublishedUtc).Take(30)
            .Select(v => new { v.Id, v.Number, v.Title, v.Summary, v.ChangeNote, v.PublishedUtc, v.Item.Slug })
            .ToListAsync(ct);
        var feed = new SyndicationFeed(text["Policy explainers"], text["The latest published changes"], new Uri(urls.Absolute($"/{culture}/")))
        {
            Id = urls.Absolute($"/{culture}/feed.atom"),
            Language = culture,
            LastUpdatedTime = changes.Count > 0 ? new DateTimeOffset(changes[0].PublishedUtc!.Value) : DateTimeOffset.UnixEpoch,
            Items = changes.Select(c =>
            {
                var item = new SyndicationItem(c.Title, c.ChangeNote.Length > 0 ? $"{c.Summary} — {c.ChangeNote}" : c.Summary,
                    new Uri(urls.Page(culture, c.Slug)), $"urn:claro:version:{c.Id}", new DateTimeOffset(c.PublishedUtc!.Value))
                {
                    PublishDate = new DateTimeOffset(c.PublishedUtc!.Value),
                };
                return item;
            }).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(urls.Absolute($"/{culture}/feed.atom")), "self", null, "application/atom+xml", 0));
        using var output = new MemoryStream();
        await using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }

        return Results.Bytes(output.ToArray(), "application/atom+xml; charset=utf-8");
    }
}
