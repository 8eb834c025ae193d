using Claro.TestCultures;

namespace Claro.BrowserTests;

/// <summary>The site with Arabic configured as a third culture, from the test culture's PO file.</summary>
public sealed class RightToLeftSite : SiteFixture
{
    private readonly TestTranslations _translations;

    public RightToLeftSite()
        : this(new TestTranslations("ar"))
    {
    }

    private RightToLeftSite(TestTranslations translations)
        : base(new Dictionary<string, string>
        {
            ["Claro:Cultures:0"] = "en",
            ["Claro:Cultures:1"] = "es",
            ["Claro:Cultures:2"] = "ar",
            ["Claro:TranslationsPath"] = translations.Folder,
        }) => _translations = translations;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _translations.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class RightToLeftCollection : ICollectionFixture<RightToLeftSite>
{
    public const string Name = "right-to-left site";
}
