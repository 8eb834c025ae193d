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

    private const string SitemapType = "application/xml; charset=utf-8";

    public static void MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, IOptions<ClaroOptions> options) =>
        {
            context.Response.Headers.Vary = "Accept-Language";
            var culture = CultureSelection.Negotiate(context.Request.Headers.AcceptLanguage.ToString(), options.Value);
            return Results.Redirect($"/{culture}/");
        });
        app.MapGet("/robots.txt", (SiteUrls urls) => Results.Text($"User-agent: *\nDisallow: /admin/\nDisallow: /api/\nSitemap: {urls.Absolute("/sitemap.xml")}\n"));
        app.MapGet("/sitemap.xml", async (Sitemap sitemap, SiteUrls urls, CancellationToken ct) =>
            Results.Bytes(await sitemap.MainAsync(Addresses(urls), ct), SitemapType));
        app.MapGet("/sitemap-{number:int}.xml", async (int number, Sitemap sitemap, SiteUrls urls, CancellationToken ct) =>
            await sitemap.NumberedAsync(number, Addresses(urls), ct) is { } file ? Results.Bytes(file, SitemapType) : Results.NotFound());
        app.MapGet("/{culture:culture}/feed.atom", FeedAsync);
    }

    private static SitemapAddresses Addresses(SiteUrls urls)
    {
        var baseUrl = urls.BaseUrl;
        return new SitemapAddresses((culture, slug) => baseUrl + SiteUrls.PagePath(culture, slug), number => $"{baseUrl}/sitemap-{number}.xml");
    }

    private static async Task<IResult> FeedAsync(string culture, ClaroDbContext db, SiteUrls urls, IStringLocalizer<SiteText> text, CancellationToken ct)
    {
        var changes = await db.Items.AsNoTracking().InCulture(culture).PublishedChanges()
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
