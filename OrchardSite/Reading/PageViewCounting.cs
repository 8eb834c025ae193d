using Claro.Reading;
using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary>
/// Counts each reader's page that was answered, from the output cache or not: it sits in front of the cache.
/// It keeps the page, the language and the day, in memory; nothing of the request itself.
/// </summary>
internal static class PageViewCounting
{
    public static IApplicationBuilder UsePageViewCounting(this IApplicationBuilder app)
    {
        var counts = app.ApplicationServices.GetRequiredService<PageViewCounts>();
        var clock = app.ApplicationServices.GetRequiredService<TimeProvider>();
        var options = app.ApplicationServices.GetRequiredService<IOptions<ClaroOptions>>().Value;
        return app.Use(async (context, next) =>
        {
            await next(context);
            // A page read again from the reader's own cache (304) is a page read too; redirects and errors are not.
            if (HttpMethods.IsGet(context.Request.Method) && context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified
                && context.Request.Path.Value is { } path)
            {
                counts.Count(path, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), options);
            }
        });
    }
}
