using Claro.Content;
using Microsoft.Extensions.Options;

namespace Claro;

/// <summary>
/// Settings of a Claro site, bound from the <c>Claro</c> configuration section.
/// </summary>
public sealed class ClaroOptions
{
    public const string Section = "Claro";

    /// <summary>The cultures of a site whose configuration names none.</summary>
    public static readonly IReadOnlyList<string> DefaultCultures = ["en", "es"];

    /// <summary>
    /// Cultures readers can choose, first one the default, in lower case; <see cref="DefaultCultures"/> when the configuration
    /// names none. A third language is one more entry here, a PO file and content.
    /// </summary>
    /// <remarks>
    /// Empty until <see cref="Complete"/> fills it: the configuration binder adds configured entries to a list's initial ones
    /// instead of replacing them, so the defaults cannot be written here.
    /// </remarks>
    public List<string> Cultures { get; set; } = [];

    /// <summary>Which database serves the site: <c>Sqlite</c> (embedded, the default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Database { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The public address every absolute link carries (canonical and hreflang links, sitemaps, feeds, short links, QR codes),
    /// such as <c>https://kcpd.org</c>. When empty, the request's own address, but only for a host named in <c>AllowedHosts</c>
    /// or this machine's own (<c>localhost</c>): a forged <c>Host</c> header never reaches a link.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Addresses (<c>10.0.0.2</c>) or networks (<c>10.0.0.0/8</c>) of the reverse proxies in front of the site. Only from them are
    /// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> believed: the client's address (for slowing down failed sign-ins) and
    /// whether it came over HTTPS (for <c>Secure</c> cookies and HSTS). Empty: the headers are ignored.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Password of the demo staff accounts created in Development on an empty database.</summary>
    public string DemoPassword { get; set; } = "Demo-Pass-2026";

    /// <summary>The recipe an empty database is filled from on first start; relative to the site's content root.</summary>
    public string SampleRecipe { get; set; } = "Recipes/sample.recipe.json";

    /// <summary>Whether an empty database is filled from <see cref="SampleRecipe"/> on first start.</summary>
    public bool SeedSampleContent { get; set; } = true;

    /// <summary>Folder of the gettext PO files with the UI strings, relative to the content root.</summary>
    public string TranslationsPath { get; set; } = "translations";

    /// <summary>How often scheduled publications are looked for.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long readers' pages may be kept by browsers and CDNs before they ask again.</summary>
    public TimeSpan PublicMaxAge { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Most page addresses in one sitemap file. Search engines take 50,000 at most (sitemaps.org); past that,
    /// <c>/sitemap.xml</c> becomes an index of numbered sitemaps.
    /// </summary>
    public int SitemapMaxUrls { get; set; } = 50_000;

    /// <summary>Most bytes in one sitemap file, uncompressed: search engines take 50 MB (52,428,800 bytes) at most.</summary>
    public long SitemapMaxBytes { get; set; } = 52_428_800;

    /// <summary>How many months after its first publication a document is due to be read again, unless someone sets its review date.</summary>
    public int ReviewAfterMonths { get; set; } = 12;

    /// <summary>Outgoing mail to the web team; off while <see cref="MailOptions.Host"/> is empty.</summary>
    public MailOptions Mail { get; set; } = new();

    public string DefaultCulture => Cultures[0];

    /// <summary>
    /// Finishes settings just read from the <c>Claro</c> section, the one time they are read: fills in the default cultures,
    /// writes every culture in lower case once, and refuses settings the site cannot run with, saying which and why.
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is not usable.</exception>
    public ClaroOptions Complete()
    {
        Cultures = Cultures.Count == 0 ? [.. DefaultCultures] : Cultures.Select(c => CultureNames.Normalize(c.Trim())).Distinct().ToList();
        var problems = Problems();
        return problems.Count == 0 ? this : throw new OptionsValidationException(Section, typeof(ClaroOptions), problems);
    }

    /// <summary>What is wrong with the settings, each as a sentence that names the setting; empty when nothing is.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var culture in Cultures.Where(c => c.Length == 0 || !c.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-')))
        {
            problems.Add($"Claro:Cultures: '{culture}' is not a culture name such as 'es' or 'pt-br' (letters, digits and '-'), which addresses and the {{culture}}.po files are named after.");
        }

        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp)))
        {
            problems.Add($"Claro:PublicBaseUrl: '{PublicBaseUrl}' is not an http or https address such as https://kcpd.org.");
        }

        if (SchedulerInterval <= TimeSpan.Zero)
        {
            problems.Add($"Claro:SchedulerInterval: {SchedulerInterval} must be longer than zero, such as 00:00:30.");
        }

        if (PublicMaxAge < TimeSpan.Zero)
        {
            problems.Add($"Claro:PublicMaxAge: {PublicMaxAge} must not be negative.");
        }

        if (SitemapMaxUrls < 1 || SitemapMaxBytes < 1)
        {
            problems.Add($"Claro:SitemapMaxUrls and Claro:SitemapMaxBytes ({SitemapMaxUrls}, {SitemapMaxBytes}) must be at least 1.");
        }

        if (ReviewAfterMonths is < 1 or > 120)
        {
            problems.Add($"Claro:ReviewAfterMonths: {ReviewAfterMonths} must be a number of months from 1 to 120, such as 12.");
        }

        problems.AddRange(Mail.Problems());
        return problems;
    }

    public bool IsSupported(string? culture) => SiteCulture(culture) is not null;

    /// <summary>The site's own name of a culture a request or a file names, whatever its case; null when it is not one of the site's.</summary>
    public string? SiteCulture(string? culture) =>
        culture is null ? null : Cultures.Find(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>Why a culture is refused: the one sentence every request that names another culture gets.</summary>
    public string NotASiteCulture(string? culture) => $"'{culture}' is not one of the site's languages ({string.Join(", ", Cultures)}).";

    /// <summary>
    /// The site's culture for one another system names, in lower case: the same when the site has it, else its
    /// neutral parent (<c>en-US</c> → <c>en</c>), since an Orchard Core site's cultures often name a region; null when neither is one of the site's.
    /// </summary>
    public string? SiteCultureFor(string culture)
    {
        var dash = culture.IndexOfAny(['-', '_']);
        return SiteCulture(culture) ?? (dash > 0 ? SiteCulture(culture[..dash]) : null);
    }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
