using Claro.Reading;
using Claro.Storage;
using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary>
/// Addresses of several segments that a page had on the Orchard Core site it was imported from (a blog's posts at
/// <c>/community-notes/new-hours</c>): residents and other sites still link to them, so a request that no page of
/// Claro's answers, and that names such an address, is sent on for good to the page's own address.
/// </summary>
internal static class OrchardAddresses
{
    /// <summary>After routing: only requests no endpoint took are looked up.</summary>
    public static void UseOrchardAddresses(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (context.GetEndpoint() is not null
                || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                || request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            var db = context.RequestServices.GetRequiredService<ClaroDbContext>();
            var cultures = context.RequestServices.GetRequiredService<IOptions<ClaroOptions>>().Value.Cultures;
            if (await db.FindOrchardPathAsync(request.Path.Value ?? "", cultures, context.RequestAborted) is { } page)
            {
                context.Response.Redirect(SiteUrls.PagePath(page.Culture, page.Slug), permanent: true);
                return;
            }

            await next(context);
        });
}
