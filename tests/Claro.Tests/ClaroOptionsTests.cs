namespace Claro.Tests;

public sealed class ClaroOptionsTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("ES", "es")]
    [InlineData("es-MX", "es")]
    [InlineData("en_US", "en")]
    [InlineData("zh-Hant-TW", null)]
    [InlineData("fr", null)]
    [InlineData("fr-FR", null)]
    [InlineData("e", null)]
    public void A_culture_another_system_names_is_the_sites_own_or_its_neutral_parent(string named, string? site) =>
        Assert.Equal(site, new ClaroOptions { Cultures = ["en", "es"] }.SiteCultureFor(named));

    [Fact]
    public void A_regional_culture_the_site_has_is_kept_as_it_is()
    {
        var options = new ClaroOptions { Cultures = ["en", "pt-br"] };

        Assert.Equal(("pt-br", null), (options.SiteCultureFor("pt-BR"), options.SiteCultureFor("pt-PT")));
    }
}
