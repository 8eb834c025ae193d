using Claro.Reading;
using Claro.Storage;
using Claro.Site.Workflow;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary>The anonymous JSON API of published pages, for apps and partner sites.</summary>
internal static class DeliveryApi
{
    public static void MapDeliveryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/documents").AllowAnonymous();
        api.MapGet("/", ListAsync);
        api.MapGet("/{culture}/{slug}", GetAsync);
    }

    private static async Task<Results<Ok<IReadOnlyList<ListedPageDto>>, ProblemHttpResult>> ListAsync(
        [FromQuery(Name = "culture")] string? namedCulture, ClaroDbContext db, SiteUrls urls, IOptions<ClaroOptions> options, CancellationToken ct)
    {
        if (options.Value.SiteCulture(namedCulture ?? options.Value.DefaultCulture) is not { } culture)
        {
            return ApiResults.Problem(Refusal.Invalid(options.Value.NotASiteCulture(namedCulture)));
        }

        var pages = await db.ListAsync(culture, ct);
        return TypedResults.Ok<IReadOnlyList<ListedPageDto>>(pages.Select(p => ListedPageDto.From(p, urls)).ToList());
    }

    private static async Task<Results<Ok<DeliveredPageDto>, RedirectHttpResult, ProblemHttpResult>> GetAsync(
        string culture, string slug, ClaroDbContext db, SiteUrls urls, IOptions<ClaroOptions> options, CancellationToken ct)
    {
        if (!options.Value.IsSupported(culture))
        {
            return ApiResults.Problem(Refusal.NotFound(options.Value.NotASiteCulture(culture)));
        }

        return await db.FindPageAsync(culture, slug, ct) switch
        {
            PageLookup.Found { Page: var page } => TypedResults.Ok(DeliveredPageDto.From(page, urls)),
            PageLookup.MovedTo { Slug: var canonical } => TypedResults.Redirect($"/api/v1/documents/{culture}/{canonical}", permanent: true),
            PageLookup.Withdrawn withdrawn => TypedResults.Problem(
                title: "This page was withdrawn.", detail: $"Withdrawn on {withdrawn.WithdrawnUtc:yyyy-MM-dd}: {withdrawn.Reason}", statusCode: StatusCodes.Status410Gone),
            _ => ApiResults.Problem(Refusal.NotFound($"No published page '{slug}' in '{culture}'.")),
        };
    }
}
