using Claro.Site.Localization;

namespace Claro.Tests.Localization;

public class CultureNegotiationTests
{
    private static readonly ClaroOptions EnglishAndSpanish = new() { Cultures = ["en", "es"] };

    [Theory]
    [InlineData("es-MX,es;q=0.9,en;q=0.5", "es")]
    [InlineData("en-US,en;q=0.9", "en")]
    [InlineData("es", "es")]
    [InlineData("ES-us", "es")]
    [InlineData("fr-FR", "en")]
    [InlineData("fr-FR,fr;q=0.9,es;q=0.5", "es")]
    [InlineData("en;q=0.2, es;q=0.8", "es")]
    [InlineData("es;q=0.5, en;q=0.5", "es")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    [InlineData("es;q=0", "en")]
    [InlineData("%%%", "en")]
    [InlineData("*", "en")]
    public void Negotiate_picks_the_site_culture_the_reader_prefers(string? acceptLanguage, string expected)
    {
        var culture = CultureSelection.Negotiate(acceptLanguage, EnglishAndSpanish);

        Assert.Equal(expected, culture);
    }

    [Theory]
    [InlineData("vi-VN", "vi")]
    [InlineData("vi-VN,vi;q=0.9,en;q=0.8", "vi")]
    [InlineData("zh-CN", "en")]
    public void Negotiate_finds_a_third_configured_culture(string acceptLanguage, string expected)
    {
        var options = new ClaroOptions { Cultures = ["en", "es", "vi"] };

        var culture = CultureSelection.Negotiate(acceptLanguage, options);

        Assert.Equal(expected, culture);
    }

    [Fact]
    public void Negotiate_falls_back_to_the_first_configured_culture()
    {
        var options = new ClaroOptions { Cultures = ["es", "en"] };

        var culture = CultureSelection.Negotiate("fr-FR", options);

        Assert.Equal("es", culture);
    }
}
