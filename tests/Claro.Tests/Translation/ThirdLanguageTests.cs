using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claro.Tests.Support;

namespace Claro.Tests.Translation;

/// <summary>A third language is configuration, a PO file and content: no code.</summary>
[Trait("Category", "Database")]
public sealed class ThirdLanguageTests : IDisposable
{
    private readonly string _translations = Directory.CreateTempSubdirectory("claro-po-").FullName;
    private readonly ClaroApp _app;

    public ThirdLanguageTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "translations")))
        {
            File.Copy(file, Path.Combine(_translations, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_translations, "vi.po"), """
            msgid ""
            msgstr ""
            "Language: vi\n"
            "Plural-Forms: nplurals=1; plural=0;\n"

            msgid "Policy explainers"
            msgstr "Giải thích chính sách"

            msgid "This page is being updated."
            msgstr "Trang này đang được cập nhật."

            msgid "{0} explainer"
            msgid_plural "{0} explainers"
            msgstr[0] "{0} bài giải thích"
            """);
        _app = new ClaroApp(new()
        {
            ["Claro:Cultures:0"] = "en",
            ["Claro:Cultures:1"] = "es",
            ["Claro:Cultures:2"] = "vi",
            ["Claro:TranslationsPath"] = _translations,
        }, null);
    }

    [Fact]
    public async Task Vietnamese_gets_routes_hreflang_the_switcher_and_the_outdated_flag()
    {
        var id = await _app.CreateDocumentAsync("know-the-law", "Police protect everyone. v1", "Know the law");
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        (await _app.SaveDraftAsync(ClaroApp.Translator, id, "vi", new { slug = "hieu-luat", title = "Hiểu luật", summary = "Tóm tắt.", body = "Cảnh sát bảo vệ mọi người. vi1", changeNote = "Bản dịch", baseVersion = 0 })).EnsureSuccessStatusCode();
        await _app.ReviewAndPublishAsync(id, ("vi", ClaroApp.Translator));
        var reader = _app.Reader();

        var home = await reader.GetStringAsync("/vi/");
        var english = await reader.GetStringAsync("/en/know-the-law");
        var vietnamese = await reader.GetStringAsync("/vi/hieu-luat");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Accept-Language", "vi-VN,vi;q=0.9");
        var negotiated = await reader.SendAsync(request);

        Assert.Contains("<html lang=\"vi\">", home, StringComparison.Ordinal);
        Assert.Contains("<h1>Giải thích chính sách</h1>", home, StringComparison.Ordinal);
        Assert.Contains("1 bài giải thích", home, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"vi\" href=\"http://localhost/vi/hieu-luat\">", english, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/vi/hieu-luat\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>", english, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/know-the-law\" hreflang=\"en\" lang=\"en\">English</a>", vietnamese, StringComparison.Ordinal);
        Assert.Equal("/vi/", negotiated.Headers.Location!.OriginalString);

        await _app.SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "know-the-law", title = "Know the law", summary = "", body = "Police protect everyone. v2", changeNote = "", baseVersion = 1 });
        await _app.StepAsync(ClaroApp.Author, id, "en", "submit");
        await _app.ApproveAsync(ClaroApp.Reviewer, id, "en");
        var refused = await _app.PublishAsync(id, ["en"]);
        (await _app.PublishAsync(id, ["en"], allowOutdated: true)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.True((await _app.CultureStateAsync(id, "vi")).GetProperty("outdated").GetBoolean());
        Assert.Contains("Trang này đang được cập nhật.", await reader.GetStringAsync("/vi/hieu-luat"), StringComparison.Ordinal);
        var api = await reader.GetFromJsonAsync<JsonElement>("/api/v1/documents/en/know-the-law");
        Assert.True(api.GetProperty("translations").EnumerateArray().Single(t => t.GetProperty("culture").GetString() == "vi").GetProperty("outdated").GetBoolean());
    }

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_translations, recursive: true);
    }
}
