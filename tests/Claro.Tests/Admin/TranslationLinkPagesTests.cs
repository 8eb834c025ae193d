using System.Net;
using System.Text.RegularExpressions;
using Claro.Tests.Support;

namespace Claro.Tests.Admin;

/// <summary>The side-by-side editor shows links to other explainers as codes; the review screen warns of links that leave the page's language.</summary>
[Trait("Category", "Database")]
public sealed partial class TranslationLinkPagesTests(AdminPagesApp app) : IClassFixture<AdminPagesApp>
{
    private const string Source = "Intro.\n\n## Calls {#calls}\n\nSee [how the call works](/en/ice-help#call).";

    private async Task<string> DocumentWithSpanishDraftAsync(string slug, string spanishBody, string source = Source)
    {
        var id = await app.CreateDocumentAsync(slug, source);
        var draft = new { slug = slug + "-es", title = "Prueba", summary = "Un resumen.", body = spanishBody, changeNote = "", baseVersion = 0 };
        (await app.SaveDraftAsync(ClaroApp.Translator, id, "es", draft)).EnsureSuccessStatusCode();
        return id;
    }

    private Task<string> SpanishMarkdownAsync(string id) =>
        app.WithDbAsync(db => Task.FromResult(db.Versions.Where(v => v.Item.DocumentId == id && v.Item.Culture == "es").OrderBy(v => v.Number).Last().Markdown));

    [Fact]
    public async Task The_side_by_side_editor_shows_links_to_explainers_as_numbered_codes_on_both_sides()
    {
        var id = await DocumentWithSpanishDraftAsync("codes-shown", "Intro.\n\n## Llamadas {#llamadas}\n\nVea [cómo se atiende](/es/ice-pide-ayuda#llamada).");
        var translator = await app.SignInAsync(ClaroApp.Translator);

        var html = WebUtility.HtmlDecode(await translator.HtmlAsync($"/admin/documents/{id}/es/translate"));
        var editable = string.Concat(Editable().Matches(html).Select(m => m.Groups[1].Value));

        Assert.Contains("See [how the call works][1].", editable);
        Assert.Contains("Vea [cómo se atiende][1].", editable);
        Assert.DoesNotContain("ice-help", editable);
        Assert.DoesNotContain("ice-pide-ayuda", editable);
        Assert.Contains("href=\"/es/ice-pide-ayuda#llamada\"", html);
    }

    [Fact]
    public async Task A_code_the_translator_writes_is_saved_as_the_source_link_and_an_unknown_one_is_refused()
    {
        var id = await DocumentWithSpanishDraftAsync("codes-saved", "Intro.");
        var translator = await app.SignInAsync(ClaroApp.Translator);
        var translate = $"/admin/documents/{id}/es/translate";
        (string, string)[] Form(string body) =>
        [
            ("Input.Slug", "codigos-guardados"), ("Input.Title", "Prueba"), ("Input.Summary", "Un resumen."), ("Input.ChangeNote", ""),
            ("Input.BaseVersion", "1"), ("SourceVersion", "1"), ("sections[0]", "Introducción."), ("sections[1]", body),
        ];

        var unknown = await translator.PostFormAsync(translate, null, Form("## Llamadas {#llamadas}\n\nVea [la llamada][4]."));
        var afterRefusal = await SpanishMarkdownAsync(id);
        var saved = await translator.PostFormAsync(translate, null, Form("## Llamadas {#llamadas}\n\nVea [cómo se atiende][1] ahora."));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("link [4]", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal("Intro.", afterRefusal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Introducción.\n\n## Llamadas {#llamadas}\n\nVea [cómo se atiende](/en/ice-help#call) ahora.", await SpanishMarkdownAsync(id));
    }

    [Fact]
    public async Task The_review_screen_warns_of_a_link_to_another_language_page_and_not_of_links_that_follow()
    {
        var english = await app.CreateDocumentAsync("review-only-english", "Only in English.");
        await app.ReviewAndPublishAsync(english, ("en", ClaroApp.Author));
        var stray = await DocumentWithSpanishDraftAsync("review-stray", "Vea [la página](/en/review-only-english) y [la llamada](/en/ice-help#call).", "See [the page](/en/review-only-english).");
        var following = await DocumentWithSpanishDraftAsync("review-following", "Vea [la llamada](/en/ice-help#call).");
        (await app.StepAsync(ClaroApp.Translator, stray, "es", "submit")).EnsureSuccessStatusCode();
        (await app.StepAsync(ClaroApp.Translator, following, "es", "submit")).EnsureSuccessStatusCode();
        var reviewer = await app.SignInAsync(ClaroApp.Reviewer);

        var warned = WebUtility.HtmlDecode(await reviewer.HtmlAsync($"/admin/documents/{stray}/es/review"));
        var quiet = WebUtility.HtmlDecode(await reviewer.HtmlAsync($"/admin/documents/{following}/es/review"));

        Assert.Contains("The link to /en/review-only-english sends readers of this page to a page in English: /en/review-only-english", warned);
        Assert.DoesNotContain("The link to /en/ice-help", warned);
        Assert.Contains("href=\"/es/ice-pide-ayuda#llamada\"", warned);
        Assert.DoesNotContain("Links: check where they lead", quiet);
    }

    [GeneratedRegex("<(?:pre class=\"source\"|textarea)[^>]*>(.*?)</(?:pre|textarea)>", RegexOptions.Singleline)]
    private static partial Regex Editable();
}
