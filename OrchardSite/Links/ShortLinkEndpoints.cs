using Claro.Links;
using Claro.Site.Reading;
using Claro.Site.Staff;
using Claro.Site.Workflow;

namespace Claro.Site.Links;

/// <summary>Short links: <c>/s/{code}</c> for listeners, their QR codes, and the admin API that makes and counts them.</summary>
internal static class ShortLinkEndpoints
{
    public static void MapShortLinks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/s/{code}", async (string code, ShortLinkTargets targets, ShortLinkService links, CancellationToken ct) =>
        {
            if (await targets.ResolveAsync(code, links, ct) is not { } target)
            {
                return Results.NotFound();
            }

            links.Count(target.Code);
            return Results.Redirect(SiteUrls.PagePath(target.Culture, target.Slug));
        });
        app.MapGet("/s/{code}/qr.svg", async (string code, ShortLinkService links, SiteUrls urls, CancellationToken ct) =>
            await links.ResolveAsync(code, ct) is { } target
                ? Results.Text(QrCodes.Svg(urls.ShortLink(target.Code)), "image/svg+xml")
                : Results.NotFound());
        app.MapGet("/s/{code}/qr.png", async (string code, ShortLinkService links, SiteUrls urls, CancellationToken ct) =>
            await links.ResolveAsync(code, ct) is { } target
                ? Results.Bytes(QrCodes.Png(urls.ShortLink(target.Code)), "image/png")
                : Results.NotFound());

        var admin = app.MapGroup("/api/v1/admin/shortlinks").RequireAuthorization(StaffAccounts.ApiPolicy);
        admin.MapPost("/", async (HttpContext http, ShortLinkService links, SiteUrls urls, CancellationToken ct) =>
        {
            return await ApiResults.WithJsonAsync<NewShortLink>(http.Request, async input =>
            {
                var created = await links.CreateAsync(http.User.ToActor(), input.Code, input.DocumentId, input.Culture, ct);
                return ApiResults.From(created, link => TypedResults.Created($"/s/{link.Code}", new { code = link.Code, url = urls.ListedShortLink(link.Code) }));
            }, ct);
        });
        // Results, not TypedResults: the request delegate generator cannot name an anonymous type in a typed result.
        admin.MapGet("/", async (ShortLinkService links, SiteUrls urls, CancellationToken ct) =>
            Results.Ok((await links.ListAsync(ct: ct)).Select(l => new
            {
                code = l.Code,
                documentId = l.DocumentId,
                culture = l.Culture,
                url = urls.ListedShortLink(l.Code),
                title = l.Title,
                hits = l.Hits.Select(h => new { date = h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), count = h.Count }),
            })));
        admin.MapGet("/suggest", (string? title) => Results.Ok(new { code = ShortCode.Suggest(title ?? "") }));
    }

    private sealed record NewShortLink(string? Code, string? DocumentId, string? Culture);
}
