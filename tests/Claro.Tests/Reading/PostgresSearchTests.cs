using System.Net;
using System.Net.Http.Json;
using Claro.Reading;
using Claro.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Claro.Tests.Reading;

/// <summary>Search on PostgreSQL: unaccent and a <c>simple</c> configuration, prefixes, marked snippets.</summary>
[Trait("Category", "Postgres")]
public sealed class PostgresSearchTests
{
    [PostgresFact]
    public async Task Accents_and_case_are_ignored_both_ways_and_words_match_as_prefixes()
    {
        using var app = ClaroApp.OnPostgresDatabase(new() { ["Claro:SeedSampleContent"] = "false" });
        var id = await app.CreateDocumentAsync("policia-y-migracion", "La POLICÍA no pregunta por la situación migratoria de nadie.", "Policía y migración", "es");
        await app.ReviewAndPublishAsync(id, ("es", ClaroApp.Author));

        var hits = await SearchAsync(app, "es", "policia SITUACION migra");
        var accented = await SearchAsync(app, "es", "Policía");
        var other = await SearchAsync(app, "en", "policia");

        var hit = Assert.Single(hits);
        Assert.Equal("policia-y-migracion", hit.Slug);
        Assert.Contains("<mark>POLICÍA</mark>", WebUtility.HtmlDecode(hit.SnippetHtml), StringComparison.Ordinal);
        Assert.Contains("<mark>situación</mark> <mark>migratoria</mark>", WebUtility.HtmlDecode(hit.SnippetHtml), StringComparison.Ordinal);
        Assert.Single(accented);
        Assert.Empty(other);
    }

    [PostgresFact]
    public async Task Query_syntax_is_read_as_words_and_snippets_are_encoded()
    {
        using var app = ClaroApp.OnPostgresDatabase(new() { ["Claro:SeedSampleContent"] = "false" });
        var id = await app.CreateDocumentAsync("rules", "Officers never ask <b>anyone</b> about status & papers.", "Rules");
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));

        var hostile = await SearchAsync(app, "en", "officers' & !papers | (status) :* <->");
        var missing = await SearchAsync(app, "en", "officers zzqxjvw");

        Assert.Equal("rules", Assert.Single(hostile).Slug);
        Assert.DoesNotContain("<b>", hostile[0].SnippetHtml, StringComparison.Ordinal);
        Assert.Empty(missing);
    }

    [PostgresFact]
    public async Task A_new_version_takes_the_old_one_s_place_and_a_withdrawal_takes_every_page_out()
    {
        using var app = ClaroApp.OnPostgresDatabase(new() { ["Claro:SeedSampleContent"] = "false" });
        var id = await app.CreateDocumentAsync("curfew", "Curfew starts at ten.", "Curfew");
        (await app.SaveDraftAsync(ClaroApp.Translator, id, "es", new { slug = "toque", title = "Toque de queda", summary = "", body = "El toque empieza a las diez.", baseVersion = 0 })).EnsureSuccessStatusCode();
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author), ("es", ClaroApp.Translator));
        (await app.SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "curfew", title = "Curfew", summary = "", body = "Curfew starts at midnight.", changeNote = "Later", baseVersion = 1 })).EnsureSuccessStatusCode();
        (await app.SaveDraftAsync(ClaroApp.Translator, id, "es", new { slug = "toque", title = "Toque de queda", summary = "", body = "El toque empieza a medianoche.", changeNote = "Más tarde", baseVersion = 1 })).EnsureSuccessStatusCode();

        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author), ("es", ClaroApp.Translator));
        var old = await SearchAsync(app, "en", "ten");
        var current = await SearchAsync(app, "en", "midnight");
        var spanish = await SearchAsync(app, "es", "medianoche");
        var reader = await app.Reader().GetAsync("/en/curfew");
        var withdrawer = await app.SignInAsync(ClaroApp.Publisher);
        (await withdrawer.PostAsJsonAsync($"/api/v1/admin/documents/{id}/withdraw", new { reason = "Replaced by the city's own page." })).EnsureSuccessStatusCode();
        var afterWithdrawal = (await SearchAsync(app, "en", "midnight")).Concat(await SearchAsync(app, "es", "medianoche"));

        Assert.Empty(old);
        Assert.Equal("curfew", Assert.Single(current).Slug);
        Assert.Equal("toque", Assert.Single(spanish).Slug);
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Empty(afterWithdrawal);
    }

    private static async Task<IReadOnlyList<SearchHit>> SearchAsync(ClaroApp app, string culture, string query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        Assert.IsType<PostgresSearchIndex>(index);
        return await index.SearchAsync(culture, query);
    }
}
