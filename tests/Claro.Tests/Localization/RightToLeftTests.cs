using System.Net;
using Claro.TestCultures;
using Claro.Tests.Admin;
using Claro.Tests.Support;

namespace Claro.Tests.Localization;

/// <summary>Arabic configured as a third language: pages run right to left, and text in other languages keeps its own direction.</summary>
[Trait("Category", "Database")]
public sealed class RightToLeftTests : IDisposable
{
    private readonly TestTranslations _translations = new("ar");
    private readonly ArabicSite _app;

    public RightToLeftTests() => _app = new ArabicSite(_translations.Folder);

    private ClaroApp Api => _app;

    /// <summary>An English page, published, with its Arabic translation quoting the policy in English; returns its id.</summary>
    private async Task<string> PublishedInArabicAsync(string slug)
    {
        var id = await Api.CreateDocumentAsync(slug, "Officers protect everyone.\n\n> \"Only immigration officers may arrest.\" {lang=en}", "Know the law");
        await Api.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        (await Api.SaveDraftAsync(ClaroApp.Translator, id, "ar", new
        {
            slug = slug + "-ar", title = "اعرف القانون", summary = "ملخص.", changeNote = "", baseVersion = 0,
            body = "الشرطة تحمي الجميع.\n\n> \"Only immigration officers may arrest.\" {lang=en}",
        })).EnsureSuccessStatusCode();
        await Api.ReviewAndPublishAsync(id, ("ar", ClaroApp.Translator));
        return id;
    }

    [Fact]
    public async Task Arabic_pages_run_right_to_left_and_an_English_quotation_left_to_right()
    {
        await PublishedInArabicAsync("rtl-reader");
        var reader = _app.Anonymous();

        var home = await reader.GetStringAsync("/ar/");
        var page = await reader.GetStringAsync("/ar/rtl-reader-ar");
        var english = await reader.GetStringAsync("/en/rtl-reader");

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", home, StringComparison.Ordinal);
        Assert.Contains("<h1>شرح السياسات</h1>", home, StringComparison.Ordinal);
        Assert.Contains("شرح واحد", home, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("<blockquote>\n<p lang=\"en\" dir=\"ltr\">\"Only immigration officers may arrest.\"", page, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\" lang=\"en\" dir=\"ltr\">English</a>", page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_side_by_side_editor_shows_each_side_in_its_own_direction_whatever_the_staff_language()
    {
        var id = await PublishedInArabicAsync("rtl-editor");
        var translator = await _app.SignInAsync(AdminPagesApp.Translator);

        var inEnglish = await translator.HtmlAsync($"/admin/documents/{id}/ar/translate?ui=en");
        var inArabic = await translator.HtmlAsync($"/admin/documents/{id}/ar/translate?ui=ar");

        Assert.Contains("<html lang=\"en\">", inEnglish, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"source\" lang=\"en\">", inEnglish, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Body\" lang=\"ar\" dir=\"rtl\"", inEnglish, StringComparison.Ordinal);
        Assert.Contains("id=\"title\" name=\"Input.Title\" value=\"اعرف القانون\" lang=\"ar\" dir=\"rtl\"", inEnglish, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", inArabic, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"source\" lang=\"en\" dir=\"ltr\">", inArabic, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Body\" lang=\"ar\" rows=", inArabic, StringComparison.Ordinal);
        Assert.Contains("<bdi>translator@example.org</bdi>", inArabic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Latin_short_link_said_in_English_words_is_isolated_in_an_Arabic_radio_script()
    {
        var id = await PublishedInArabicAsync("rtl-radio");
        var api = await Api.SignInAsync(ClaroApp.Translator);
        (await api.PostAsync("/api/v1/admin/shortlinks", System.Net.Http.Json.JsonContent.Create(new { code = "qanun", documentId = id, culture = "ar" }))).EnsureSuccessStatusCode();

        var radio = await Api.GetJsonAsync(ClaroApp.Translator, $"/api/v1/admin/documents/{id}/ar/radio");

        Assert.Equal("kcpd dot org, slash, s, slash, qanun", radio.GetProperty("spoken").GetString());
        Assert.EndsWith("\u2068kcpd dot org, slash, s, slash, qanun\u2069.", radio.GetProperty("script").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await (await _app.SignInAsync(AdminPagesApp.Translator)).GetAsync($"/admin/documents/{id}/ar/radio?ui=ar")).StatusCode);
    }

    public void Dispose()
    {
        _app.Dispose();
        _translations.Dispose();
    }

    /// <summary>The staff pages' test site with Arabic as a third culture.</summary>
    private sealed class ArabicSite(string translations) : AdminPagesApp(new()
    {
        ["Claro:Cultures:0"] = "en",
        ["Claro:Cultures:1"] = "es",
        ["Claro:Cultures:2"] = "ar",
        ["Claro:TranslationsPath"] = translations,
    });
}
