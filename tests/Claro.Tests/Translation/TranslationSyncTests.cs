using System.Net;
using System.Net.Http.Json;
using Claro.Tests.Support;

namespace Claro.Tests.Translation;

[Trait("Category", "Database")]
public sealed class TranslationSyncTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    private static object English(string slug, string body, int baseVersion) =>
        new { slug, title = "Body cameras", summary = "When officers record.", body, changeNote = "Update", baseVersion };

    private static object Spanish(string slug, string body, int baseVersion, int? sourceVersion = null) =>
        new { slug, title = "Cámaras corporales", summary = "Cuándo graban los agentes.", body, changeNote = "Traducción", baseVersion, sourceVersion };

    /// <summary>An English page published at v1 with its Spanish translation published from it.</summary>
    private async Task<string> PublishedPairAsync(string tag)
    {
        var id = await app.CreateDocumentAsync($"cameras-{tag}", $"Officers record every stop. {tag}-en1", "Body cameras");
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        (await app.SaveDraftAsync(ClaroApp.Translator, id, "es", Spanish($"camaras-{tag}", $"Los agentes graban. {tag}-es1", 0))).EnsureSuccessStatusCode();
        await app.ReviewAndPublishAsync(id, ("es", ClaroApp.Translator));
        return id;
    }

    [Fact]
    public async Task A_translation_records_the_source_version_it_was_made_from()
    {
        var id = await PublishedPairAsync("source");

        var es = await app.CultureStateAsync(id, "es");

        Assert.Equal(1, es.GetProperty("sourceVersion").GetInt32());
        Assert.False(es.GetProperty("outdated").GetBoolean());
    }

    [Fact]
    public async Task Only_a_translator_or_author_writes_a_translation()
    {
        var id = await app.CreateDocumentAsync("translator-only", "Text.");

        var byReviewer = await app.SaveDraftAsync(ClaroApp.Reviewer, id, "es", Spanish("solo-traductor", "Texto.", 0));

        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
    }

    [Fact]
    public async Task Only_someone_who_may_edit_a_culture_sends_it_to_review()
    {
        var id = await app.CreateDocumentAsync("authors-draft", "Unfinished.");
        await app.SaveDraftAsync(ClaroApp.Translator, id, "es", Spanish("borrador-del-traductor", "Texto.", 0));

        var sourceByTranslator = await app.StepAsync(ClaroApp.Translator, id, "en", "submit");
        var translationByReviewer = await app.StepAsync(ClaroApp.Reviewer, id, "es", "submit");
        var translationByTranslator = await app.StepAsync(ClaroApp.Translator, id, "es", "submit");

        Assert.Equal(HttpStatusCode.Forbidden, sourceByTranslator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, translationByReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, translationByTranslator.StatusCode);
        Assert.Equal("Draft", (await app.CultureStateAsync(id, "en")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Translator_cannot_approve_own_translation()
    {
        var id = await app.CreateDocumentAsync("own-translation", "Text.");
        await app.SaveDraftAsync(ClaroApp.Translator, id, "es", Spanish("propia-traduccion", "Texto.", 0));
        await app.StepAsync(ClaroApp.Translator, id, "es", "submit");

        var response = await app.ApproveAsync(ClaroApp.Translator, id, "es");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Publishing_the_source_alone_is_refused_when_it_would_leave_a_translation_behind()
    {
        var id = await PublishedPairAsync("gate");
        await app.SaveDraftAsync(ClaroApp.Author, id, "en", English("cameras-gate", "Officers record every stop and search. gate-en2", 1));
        await app.StepAsync(ClaroApp.Author, id, "en", "submit");
        await app.ApproveAsync(ClaroApp.Reviewer, id, "en");

        var refused = await app.PublishAsync(id, ["en"]);
        var problem = await refused.Content.ReadFromJsonAsync<Problem>();
        var page = await app.Reader().GetStringAsync("/en/cameras-gate");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("allowOutdatedTranslations", problem!.Detail, StringComparison.Ordinal);
        Assert.Contains("gate-en1", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outdated_translation_tells_readers_in_their_language_and_links_the_current_source()
    {
        var id = await PublishedPairAsync("notice");
        await app.SaveDraftAsync(ClaroApp.Author, id, "en", English("cameras-notice", "New text. notice-en2", 1));
        await app.StepAsync(ClaroApp.Author, id, "en", "submit");
        await app.ApproveAsync(ClaroApp.Reviewer, id, "en");

        var allowed = await app.PublishAsync(id, ["en"], allowOutdated: true);
        var html = await app.Reader().GetStringAsync("/es/camaras-notice");
        var api = await app.Reader().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/documents/en/cameras-notice");
        var state = await app.CultureStateAsync(id, "es");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("Estamos actualizando esta página.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/cameras-notice\" hreflang=\"en\" lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("notice-es1", html, StringComparison.Ordinal);
        Assert.True(api.GetProperty("translations")[0].GetProperty("outdated").GetBoolean());
        Assert.True(state.GetProperty("outdated").GetBoolean());
        Assert.Equal(1, state.GetProperty("behindBy").GetInt32());
    }

    [Fact]
    public async Task A_paired_publish_brings_source_and_translation_live_together()
    {
        var id = await PublishedPairAsync("paired");
        await app.SaveDraftAsync(ClaroApp.Author, id, "en", English("cameras-paired", "paired-en2", 1));
        await app.SaveDraftAsync(ClaroApp.Translator, id, "es", Spanish("camaras-paired", "paired-es2", 1));
        foreach (var (culture, writer) in new[] { ("en", ClaroApp.Author), ("es", ClaroApp.Translator) })
        {
            await app.StepAsync(writer, id, culture, "submit");
            await app.ApproveAsync(ClaroApp.Reviewer, id, culture);
        }

        var response = await app.PublishAsync(id, ["en", "es"]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("paired-en2", await app.Reader().GetStringAsync("/en/cameras-paired"), StringComparison.Ordinal);
        Assert.Contains("paired-es2", await app.Reader().GetStringAsync("/es/camaras-paired"), StringComparison.Ordinal);
        Assert.False((await app.CultureStateAsync(id, "es")).GetProperty("outdated").GetBoolean());
    }

    [Fact]
    public async Task A_translation_of_an_unpublished_source_waits_for_its_source()
    {
        var id = await PublishedPairAsync("ahead");
        await app.SaveDraftAsync(ClaroApp.Author, id, "en", English("cameras-ahead", "ahead-en2", 1));
        await app.SaveDraftAsync(ClaroApp.Translator, id, "es", Spanish("camaras-ahead", "ahead-es2", 1));
        await app.StepAsync(ClaroApp.Translator, id, "es", "submit");
        await app.ApproveAsync(ClaroApp.Reviewer, id, "es");

        var response = await app.PublishAsync(id, ["es"]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("ahead-es1", await app.Reader().GetStringAsync("/es/camaras-ahead"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_names_an_existing_source_version()
    {
        var id = await app.CreateDocumentAsync("source-range", "Text.");

        var response = await app.SaveDraftAsync(ClaroApp.Translator, id, "es", Spanish("rango", "Texto.", 0, sourceVersion: 7));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
