namespace Claro;

/// <summary>
/// Settings of a Claro site, bound from the <c>Claro</c> configuration section.
/// </summary>
public sealed class ClaroOptions
{
    public const string Section = "Claro";

    /// <summary>Cultures readers can choose, first one the default. A third language is one more entry here, a PO file and content.</summary>
    public List<string> Cultures { get; set; } = [];

    /// <summary>Which database serves the site: <c>Sqlite</c> (embedded, the default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Database { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The public address short links and QR codes point at, such as <c>https://kcpd.org</c>; the request's own address when empty.</summary>
    public string? PublicBaseUrl { get; set; }

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

    public string DefaultCulture => Cultures.Count > 0 ? Cultures[0] : "en";

    public bool IsSupported(string? culture) =>
        culture is not null && Cultures.Exists(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
