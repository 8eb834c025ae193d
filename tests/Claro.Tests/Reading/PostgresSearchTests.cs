using System.Net;
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

    private static async Task<IReadOnlyList<SearchHit>> SearchAsync(ClaroApp app, string culture, string query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
        Assert.IsType<PostgresSearchIndex>(index);
        return await index.SearchAsync(culture, query);
    }
}
