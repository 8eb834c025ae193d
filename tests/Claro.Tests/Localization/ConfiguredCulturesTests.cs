using Claro.Tests.Support;
using Microsoft.Extensions.Options;

namespace Claro.Tests.Localization;

public sealed class ConfiguredCulturesTests
{
    [Fact]
    public async Task Cultures_configured_in_capitals_take_the_lower_case_po_file_of_the_language_the_site_serves()
    {
        using var app = new ClaroApp(new() { ["Claro:Cultures:0"] = "EN", ["Claro:Cultures:1"] = "ES" }, null);

        var home = await app.Reader().GetStringAsync("/es/");

        Assert.Contains("<html lang=\"es\">", home, StringComparison.Ordinal);
        Assert.Contains("Nuestras políticas, explicadas", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "en,es", "en")]
    [InlineData(new[] { "ES", " En ", "es" }, "es,en", "es")]
    [InlineData(new[] { "vi" }, "vi", "vi")]
    public void The_sites_cultures_are_the_configured_ones_in_lower_case_once_each_else_english_and_spanish(string[] configured, string cultures, string first)
    {
        var options = new ClaroOptions { Cultures = [.. configured] }.Complete();

        Assert.Equal((cultures, first), (string.Join(",", options.Cultures), options.DefaultCulture));
    }

    [Theory]
    [InlineData("Cultures", "../es", "Claro:Cultures: '../es'")]
    [InlineData("PublicBaseUrl", "kcpd.org", "Claro:PublicBaseUrl: 'kcpd.org'")]
    [InlineData("PublicBaseUrl", "ftp://kcpd.org", "Claro:PublicBaseUrl: 'ftp://kcpd.org'")]
    [InlineData("SchedulerInterval", "00:00:00", "Claro:SchedulerInterval")]
    [InlineData("PublicMaxAge", "-00:00:01", "Claro:PublicMaxAge")]
    public void Settings_the_site_cannot_run_with_stop_it_naming_the_setting(string setting, string value, string named)
    {
        var options = setting switch
        {
            "Cultures" => new ClaroOptions { Cultures = ["en", value] },
            "PublicBaseUrl" => new ClaroOptions { PublicBaseUrl = value },
            "SchedulerInterval" => new ClaroOptions { SchedulerInterval = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            _ => new ClaroOptions { PublicMaxAge = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
        };

        var refused = Assert.Throws<OptionsValidationException>(() => options.Complete());

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_address_with_https_or_http_is_accepted() =>
        Assert.Equal("https://kcpd.org", new ClaroOptions { PublicBaseUrl = "https://kcpd.org" }.Complete().PublicBaseUrl);
}
