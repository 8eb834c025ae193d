using System.Net;
using System.Text.RegularExpressions;
using Claro.Tests.Support;

namespace Claro.Tests.Admin;

/// <summary>The translation memory in the side-by-side editor, used the way a browser without JavaScript does.</summary>
[Trait("Category", "Database")]
public sealed partial class TranslationMemoryPagesTests(AdminPagesApp app) : IClassFixture<AdminPagesApp>
{
    private ClaroApp Api => app;

    /// <summary>An English page with an approved Spanish translation, and a second English page that repeats and varies its sentences.</summary>
    private async Task<(string Next, string Tag)> RememberedAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var first = await Api.CreateDocumentAsync($"tm-first-{tag}", $"We protect everyone {tag}.\n\n## Rules {{#rules}}\n\nOfficers never ask victims about their status {tag}.", $"Know the rules {tag}");
        await Api.ReviewAndPublishAsync(first, ("en", ClaroApp.Author));
        (await Api.SaveDraftAsync(ClaroApp.Translator, first, "es", new
        {
            slug = $"tm-primero-{tag}", title = $"Conozca las reglas {tag}", summary = "Una página de prueba.", changeNote = "", baseVersion = 0,
            body = $"Protegemos a todos {tag}.\n\n## Reglas {{#rules}}\n\nLos agentes nunca preguntan a las víctimas por su estatus {tag}.",
        })).EnsureSuccessStatusCode();
        await Api.ReviewAndPublishAsync(first, ("es", ClaroApp.Translator));
        var next = await Api.CreateDocumentAsync($"tm-next-{tag}", $"We protect everyone {tag}.\n\n## Rules {{#rules}}\n\nOfficers never ask witnesses about their status {tag}.", $"Know the rules {tag}");
        return (next, tag);
    }

    [Fact]
    public async Task Each_section_offers_exact_and_close_matches_with_the_similarity_and_the_differences()
    {
        var (next, tag) = await RememberedAsync();
        var translator = await app.SignInAsync(AdminPagesApp.Translator);

        var html = await translator.HtmlAsync($"/admin/documents/{next}/es/translate?ui=en");

        Assert.Matches("<summary>Translation memory: [0-9]+ suggestions?</summary>", html);
        Assert.Contains($">Conozca las reglas {tag}</p>", html, StringComparison.Ordinal);
        Assert.Contains($">Protegemos a todos {tag}.</p>", html, StringComparison.Ordinal);
        Assert.Contains("Exact match", html, StringComparison.Ordinal);
        Assert.Contains("89 % similar", html, StringComparison.Ordinal);
        Assert.Contains("<del><span class=\"visually-hidden\" lang=\"en\">not in this source: </span>victims</del><ins><span class=\"visually-hidden\" lang=\"en\">new in this source: </span>witnesses</ins>", html, StringComparison.Ordinal);
        Assert.Contains($"lang=\"es\">Los agentes nunca preguntan a las víctimas por su estatus {tag}.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Taking_a_match_fills_its_place_in_the_section_keeps_what_was_typed_and_saves_nothing()
    {
        var (next, tag) = await RememberedAsync();
        var translator = await app.SignInAsync(AdminPagesApp.Translator);
        var page = $"/admin/documents/{next}/es/translate";
        var editor = await translator.HtmlAsync(page);
        var close = Suggestion(editor, $"Los agentes nunca preguntan a las víctimas por su estatus {tag}.");

        var response = await translator.PostFormAsync(page, page + "?handler=Take",
            ("Input.BaseVersion", "0"), ("SourceVersion", "1"), ("Input.Slug", $"tm-siguiente-{tag}"), ("Input.Title", "Mi título"), ("Input.Summary", ""),
            ("Input.ChangeNote", ""), ("sections[0]", "Lo que ya escribí."), ("sections[1]", ""), ("take", close));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var state = await Api.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{next}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The suggestion is filled in.", html, StringComparison.Ordinal);
        Assert.Contains($"class=\"markdown\">\nLo que ya escribí.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains($"class=\"markdown\">\n## Rules {{#rules}}\n\nLos agentes nunca preguntan a las víctimas por su estatus {tag}.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mi título\"", html, StringComparison.Ordinal);
        Assert.Single(state.GetProperty("cultures").EnumerateArray());
    }

    /// <summary>A browser sends every field of the form, empty ones too: ASP.NET Core binds those as null.</summary>
    [Fact]
    public async Task Taking_a_title_fills_the_title_field_when_every_other_field_is_sent_empty()
    {
        var (next, tag) = await RememberedAsync();
        var translator = await app.SignInAsync(AdminPagesApp.Translator);
        var page = $"/admin/documents/{next}/es/translate";
        var title = Suggestion(await translator.HtmlAsync(page), $"Conozca las reglas {tag}");

        var response = await translator.PostFormAsync(page, page + "?handler=Take",
            ("Input.BaseVersion", "0"), ("SourceVersion", "1"), ("Input.Slug", ""), ("Input.Title", ""), ("Input.Summary", ""), ("Input.ChangeNote", ""),
            ("sections[0]", ""), ("sections[1]", ""), ("take", title));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"value=\"Conozca las reglas {tag}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title|999999999")]
    [InlineData("7|b1|1")]
    [InlineData("nonsense")]
    public async Task A_suggestion_that_is_not_there_is_refused_and_the_form_kept(string take)
    {
        var (next, _) = await RememberedAsync();
        var translator = await app.SignInAsync(AdminPagesApp.Translator);
        var page = $"/admin/documents/{next}/es/translate";

        var response = await translator.PostFormAsync(page, page + "?handler=Take",
            ("Input.BaseVersion", "0"), ("SourceVersion", "1"), ("Input.Title", "Lo escrito"), ("sections[0]", ""), ("sections[1]", ""), ("take", take));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("class=\"refusal\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Lo escrito\"", html, StringComparison.Ordinal);
    }

    /// <summary>The value of the button that takes the suggestion with this translation.</summary>
    private static string Suggestion(string html, string target) =>
        Take().Matches(html).Single(m => WebUtility.HtmlDecode(m.Groups[1].Value) == target).Groups[2].Value;

    [GeneratedRegex("""class="memory-target" id="[^"]+" lang="es">([^<]*)</p>\s*<button type="submit" formaction="\?handler=Take" formnovalidate name="take" value="([^"]+)""")]
    private static partial Regex Take();
}
