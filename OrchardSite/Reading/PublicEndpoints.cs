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
    /// <summary>Healthy when the database answers within a few seconds; a load balancer must not wait longer to hear otherwise.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (ClaroDbContext db, CancellationToken ct) =>
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(TimeSpan.FromSeconds(3));
            bool answers;
            try
            {
                answers = await db.Database.CanConnectAsync(limit.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                answers = false;
            }

            return answers
                ? Results.Text("Healthy")
                : Results.Text("Unhealthy: the database does not answer", statusCode: StatusCodes.Status503ServiceUnavailable);
        });

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

    /// <summary>
    /// Every published page with its language alternates. A site of 10,000 explainers in two languages
    /// has 20,000 URLs (a sitemap file may hold 50,000): one query in document order, whose rows are
    /// written as they arrive, one document at a time, with a synchronous writer into memory — nothing
    /// here waits on I/O, and an await per element made this the slowest reader request by far.
    /// </summary>
    private static async Task<IResult> SitemapAsync(ClaroDbContext db, SiteUrls urls, CancellationToken ct)
    {
        var rows = db.Items.AsNoTracking().Published()
            .OrderBy(i => i.DocumentId).ThenBy(i => i.Culture)
            .Select(i => new SitemapPage(i.DocumentId, i.Culture, i.Slug, i.PublishedVersion!.PublishedUtc ?? i.PublishedVersion.CreatedUtc, i.Document.SourceCulture))
            .AsAsyncEnumerable();
        var baseUrl = urls.BaseUrl;
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(null, "urlset", Sitemaps);
            xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            var document = new List<SitemapPage>();
            await foreach (var page in rows.WithCancellation(ct))
            {
                if (document.Count > 0 && document[0].DocumentId != page.DocumentId)
                {
                    WriteDocument(xml, document, baseUrl);
                    document.Clear();
                }

                document.Add(page);
            }

            WriteDocument(xml, document, baseUrl);
            xml.WriteEndElement();
        }

        return Results.Bytes(output.ToArray(), "application/xml; charset=utf-8");
    }

    private const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    private sealed record SitemapPage(string DocumentId, string Culture, string Slug, DateTime Updated, string SourceCulture);

    /// <summary>One <c>url</c> per language of a document, each naming all of them and <c>x-default</c> (the source).</summary>
    private static void WriteDocument(XmlWriter xml, List<SitemapPage> pages, string baseUrl)
    {
        if (pages.Count == 0)
        {
            return;
        }

        var source = pages.Find(p => p.Culture == p.SourceCulture) ?? pages[0];
        foreach (var page in pages)
        {
            xml.WriteStartElement(null, "url", Sitemaps);
            xml.WriteElementString("loc", Sitemaps, baseUrl + SiteUrls.PagePath(page.Culture, page.Slug));
            xml.WriteElementString("lastmod", Sitemaps, page.Updated.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (language, culture, slug) in pages.Select(p => (p.Culture, p.Culture, p.Slug)).Append(("x-default", source.Culture, source.Slug)))
            {
                xml.WriteStartElement("xhtml", "link", Xhtml);
                xml.WriteAttributeString("rel", "alternate");
                xml.WriteAttributeString("hreflang", language);
                xml.WriteAttributeString("href", baseUrl + SiteUrls.PagePath(culture, slug));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }
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
