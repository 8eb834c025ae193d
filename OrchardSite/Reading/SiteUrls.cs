using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary>Absolute addresses for hreflang, canonical links, sitemaps, feeds and QR codes.</summary>
internal sealed class SiteUrls(IOptions<ClaroOptions> options, IHttpContextAccessor http)
{
    /// <summary>The configured public address, else the address this request came to.</summary>
    public string BaseUrl
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
            {
                return options.Value.PublicBaseUrl.TrimEnd('/');
            }

            var request = http.HttpContext?.Request;
            return request is null ? "http://localhost:5080" : $"{request.Scheme}://{request.Host}{request.PathBase}";
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
}
