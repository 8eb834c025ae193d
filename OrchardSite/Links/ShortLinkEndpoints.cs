using Claro.Links;
using Claro.Site.Reading;
using Claro.Site.Staff;
using Claro.Site.Workflow;
using Microsoft.AspNetCore.Http.HttpResults;

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
        admin.MapPost("/", CreateAsync);
        admin.MapGet("/", ListAsync);
        admin.MapGet("/suggest", (string? title) => TypedResults.Ok(new SuggestedCodeDto(ShortCode.Suggest(title ?? ""))));
    }

    private static async Task<Results<Created<NewShortLinkDto>, ProblemHttpResult>> CreateAsync(
        HttpContext http, ShortLinkService links, SiteUrls urls, CancellationToken ct)
    {
        var created = await ApiResults.ReadJsonAsync<NewShortLink>(http.Request, ct)
            .ThenAsync(input => links.CreateAsync(http.User.ToActor(), input.Code, input.DocumentId, input.Culture, ct));
        return ApiResults.From(created, link => TypedResults.Created($"/s/{link.Code}", new NewShortLinkDto(link.Code, urls.ListedShortLink(link.Code))));
    }

    private static async Task<Ok<IReadOnlyList<ShortLinkDto>>> ListAsync(ShortLinkService links, SiteUrls urls, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<ShortLinkDto>>((await links.ListAsync(ct: ct)).Select(l => ShortLinkDto.From(l, urls)).ToList());

    private sealed record NewShortLink(string? Code, string? DocumentId, string? Culture);
}
