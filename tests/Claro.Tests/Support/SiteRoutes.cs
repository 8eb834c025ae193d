using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Claro.Tests.Support;

/// <summary>
/// One method on one route the site maps: a minimal API verb, or a Razor Page handler (its
/// <c>?handler=</c> in <see cref="Query"/>). <see cref="BodyLimit"/> is the most the route reads from a body.
/// </summary>
public sealed partial record SiteRoute(string Method, string Template, IReadOnlyList<string> Parameters, string Query, long? BodyLimit)
{
    /// <summary>What Kestrel takes from a request body unless the route allows more.</summary>
    public const long DefaultBodyLimit = 4L * 1024 * 1024;

    /// <summary>The template with the given values, or with <paramref name="replacement"/> in place of <paramref name="replaced"/>.</summary>
    public string Path(IReadOnlyDictionary<string, string> values, string? replaced = null, string? replacement = null) =>
        Parameter().Replace(Template, m => m.Groups[1].Value == replaced ? replacement! : values.GetValueOrDefault(m.Groups[1].Value, "x"));

    /// <summary>Every method and path the site maps, read from its own endpoint list so that a new route is never left out.</summary>
    public static async Task<List<SiteRoute>> AllAsync(IServiceProvider services)
    {
        var routes = new List<SiteRoute>();
        var pages = services.GetRequiredService<PageLoader>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var parameters = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
            var bodyLimit = endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultBodyLimit;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await pages.LoadAsync(page, endpoint.Metadata);
                routes.AddRange(compiled.HandlerMethods.Select(handler =>
                    new SiteRoute(handler.HttpMethod.ToUpperInvariant(), template, parameters, handler.Name is null ? "" : $"?handler={handler.Name}", bodyLimit)));
                continue;
            }

            routes.AddRange((endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new SiteRoute(method, template, parameters, "", bodyLimit)));
        }

        return routes.DistinctBy(r => (r.Method, r.Template, r.Query)).ToList();
    }

    [GeneratedRegex(@"\{\*?\*?([A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
