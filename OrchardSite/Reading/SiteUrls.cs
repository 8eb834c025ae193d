using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Claro.Site.Reading;

/// <summary>
/// Absolute addresses for hreflang, canonical links, sitemaps, feeds and QR codes. A <c>Host</c> header
/// is whatever the client typed, and readers' pages are cached for everyone: without a configured
/// public address, links use the request's host only when the site was told it is its own
/// (<c>AllowedHosts</c>) or it is this machine (<c>localhost</c>), and <c>http://localhost</c> otherwise.
/// </summary>
internal sealed class SiteUrls(IOptions<ClaroOptions> options, IOptions<HostFilteringOptions> hosts, IHttpContextAccessor http, ILogger<SiteUrls> log)
{
    private const string Fallback = "http://localhost";
    private static readonly StringSegment[] ThisMachine = ["localhost", "127.0.0.1", "[::1]"];
    private static int _warned;

    /// <summary>The configured public address, else the address this request came to when its host is one of the site's own.</summary>
    public string BaseUrl
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
            {
                return options.Value.PublicBaseUrl.TrimEnd('/');
            }

            var request = http.HttpContext?.Request;
            if (request is null)
            {
                return Fallback;
            }

            if (!IsOwnHost(request.Host))
            {
                if (Interlocked.Exchange(ref _warned, 1) == 0)
                {
                    log.LogWarning("A request named a host the site does not know as its own; its links use {Fallback}. Set Claro:PublicBaseUrl, or AllowedHosts.", Fallback);
                }

                return Fallback;
            }

            return $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
    }

    public static string PagePath(string culture, string slug) => $"/{culture}/{slug}";

    public string Page(string culture, string slug) => BaseUrl + PagePath(culture, slug);

    public string Absolute(string path) => BaseUrl + path;

    public string ShortLink(string code) => $"{BaseUrl}/s/{code}";

    /// <summary>
    /// The short link as stored lists report it: absolute on the configured public address, else
    /// relative, since the address a staff member reached the site by need not be the one listeners type.
    /// </summary>
    public string ListedShortLink(string code) =>
        string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? $"/s/{code}" : ShortLink(code);

    private bool IsOwnHost(HostString host)
    {
        var name = host.Host;
        if (HostString.MatchesAny(name, ThisMachine))
        {
            return true;
        }

        var allowed = hosts.Value.AllowedHosts.Where(h => h != "*").Select(h => new StringSegment(h)).ToList();
        return allowed.Count > 0 && HostString.MatchesAny(name, allowed);
    }
}
