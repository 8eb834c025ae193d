using System.Globalization;
using Claro.Content;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Claro.Site.Localization;

/// <summary>
/// The culture of a request: the first path segment when it names a site culture; otherwise
/// (the 404 page of an unknown culture, the staff pages) a <c>ui</c> query value, then, under
/// <c>/admin</c> only, the staff member's earlier choice, then the reader's Accept-Language.
/// Readers get no cookie and no redirect hop: a link names its language.
/// </summary>
internal static class CultureSelection
{
    /// <summary>Remembers the language a staff member picked for the staff pages; set and read under <c>/admin</c> only.</summary>
    public const string StaffCultureCookie = "claro-ui";

    public static IApplicationBuilder UseCultureFromPath(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var options = context.RequestServices.GetRequiredService<IOptions<ClaroOptions>>().Value;
        RememberStaffCulture(context, options);
        var culture = CultureOf(context, options);
        var info = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = info;
        CultureInfo.CurrentUICulture = info;
        await next(context);
    });

    /// <summary>
    /// Where a culture enters from an address: the <c>{culture}</c> route value, spelled the site's way (<c>/ES/…</c> → <c>es</c>)
    /// before any endpoint reads it, so that pages and handlers compare it as it is.
    /// </summary>
    public static IApplicationBuilder UseCultureRouteValue(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.RouteValues.TryGetValue("culture", out var value) && value is string named)
        {
            context.Request.RouteValues["culture"] = CultureNames.Normalize(named);
        }

        return next(context);
    });

    /// <summary>The culture a request is served in (see the class summary).</summary>
    public static string CultureOf(HttpContext context, ClaroOptions options)
    {
        var path = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath ?? context.Request.Path.Value;
        if (options.SiteCulture(FirstSegment(path)) is { } named)
        {
            return named;
        }

        if (context.Request.Query["ui"] is [{ } asked] && options.SiteCulture(asked) is { } chosen)
        {
            return chosen;
        }

        if (IsStaffPath(path) && options.SiteCulture(context.Request.Cookies[StaffCultureCookie]) is { } kept)
        {
            return kept;
        }

        return Negotiate(context.Request.Headers.AcceptLanguage.ToString(), options);
    }

    private static void RememberStaffCulture(HttpContext context, ClaroOptions options)
    {
        if (IsStaffPath(context.Request.Path.Value) && context.Request.Query["ui"] is [{ } asked] && options.SiteCulture(asked) is { } chosen)
        {
            context.Response.Cookies.Append(StaffCultureCookie, chosen, new CookieOptions
            {
                Path = "/admin",
                HttpOnly = true,
                SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
            });
        }
    }

    private static bool IsStaffPath(string? path) => new PathString(path).StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Picks the site culture a reader prefers from an Accept-Language header, honouring q-values
    /// and falling back from a regional tag to its language (es-MX → es); the default culture otherwise.
    /// </summary>
    public static string Negotiate(string? acceptLanguage, ClaroOptions options)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage)
            || !StringWithQualityHeaderValue.TryParseList(acceptLanguage.Split(','), out var ranges))
        {
            return options.DefaultCulture;
        }

        var ordered = ranges
            .Select((range, index) => (Tag: range.Value.Value ?? "", Quality: range.Quality ?? 1, Index: index))
            .Where(r => r.Quality > 0)
            .OrderByDescending(r => r.Quality).ThenBy(r => r.Index);
        foreach (var (tag, _, _) in ordered)
        {
            var language = tag.Split('-')[0];
            var match = options.Cultures.Find(c => c.Equals(tag, StringComparison.OrdinalIgnoreCase))
                ?? options.Cultures.Find(c => c.Equals(language, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match;
            }
        }

        return options.DefaultCulture;
    }

    private static string? FirstSegment(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length < 2)
        {
            return null;
        }

        var end = path.IndexOf('/', 1);
        return end < 0 ? path[1..] : path[1..end];
    }
}

/// <summary>Route constraint <c>{culture:culture}</c>: one of the configured cultures, in any case, nothing else.</summary>
internal sealed class SiteCultureConstraint(IOptions<ClaroOptions> options) : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && options.Value.IsSupported(value as string);
}
