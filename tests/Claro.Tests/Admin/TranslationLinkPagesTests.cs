using System.Net;
using System.Text.RegularExpressions;
using Claro.Tests.Links;
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

        Assert.Contains("See [how the call works][1].", editable, StringComparison.Ordinal);
        Assert.Contains("Vea [cómo se atiende][1].", editable, StringComparison.Ordinal);
        Assert.DoesNotContain("ice-help", editable, StringComparison.Ordinal);
        Assert.DoesNotContain("ice-pide-ayuda", editable, StringComparison.Ordinal);
        Assert.Contains("href=\"/es/ice-pide-ayuda#llamada\"", html, StringComparison.Ordinal);
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
        Assert.Contains("link [4]", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
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

        Assert.Contains("The link to /en/review-only-english sends readers of this page to a page in English: /en/review-only-english", warned, StringComparison.Ordinal);
        Assert.DoesNotContain("The link to /en/ice-help", warned, StringComparison.Ordinal);
        Assert.Contains("href=\"/es/ice-pide-ayuda#llamada\"", warned, StringComparison.Ordinal);
        Assert.DoesNotContain("Links: check where they lead", quiet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_side_by_side_editor_says_for_each_link_code_where_readers_of_the_translation_go()
    {
        var englishOnly = await app.CreateDocumentAsync("editor-only-english", "Only in English.");
        await app.ReviewAndPublishAsync(englishOnly, ("en", ClaroApp.Author));
        await app.CreateDocumentAsync("editor-draft-only", "Not published.");
        var id = await DocumentWithSpanishDraftAsync("editor-link-rows", "Intro.",
            "See [how the call works](/en/ice-help#call), [the English page](/en/editor-only-english) and [the coming page](/en/editor-draft-only).");
        var translator = await app.SignInAsync(ClaroApp.Translator);

        var html = WebUtility.HtmlDecode(await translator.HtmlAsync($"/admin/documents/{id}/es/translate"));
        var rows = LinkRow().Matches(html).Select(m => (m.Groups["code"].Value, m.Groups["where"].Value.Trim())).ToList();

        Assert.Equal(
            [
                ("[1] <span lang=\"en\">how the call works</span>", "Readers of this translation go to <a href=\"/es/ice-pide-ayuda#llamada\">/es/ice-pide-ayuda#llamada</a>"),
                ("[2] <span lang=\"en\">the English page</span>",
                    "There is no published page in Español yet: readers go to the page in English until there is. <a href=\"/en/editor-only-english\" hreflang=\"en\">/en/editor-only-english</a>"),
                ("[3] <span lang=\"en\">the coming page</span>", "Readers cannot open this page yet: it is not published."),
            ],
            rows);
    }

    [Fact]
    public async Task A_translation_saved_in_the_side_by_side_editor_publishes_with_links_to_the_Spanish_pages()
    {
        var id = await app.CreateDocumentAsync("editor-publishes", "See [how the call works](/en/ice-help#call) and [our policy](/en/immigration#policy).");
        var translator = await app.SignInAsync(ClaroApp.Translator);

        var saved = await translator.PostFormAsync($"/admin/documents/{id}/es/translate", null,
            ("Input.Slug", "editor-publica"), ("Input.Title", "Prueba"), ("Input.Summary", "Un resumen."), ("Input.ChangeNote", ""),
            ("Input.BaseVersion", "0"), ("SourceVersion", "1"), ("Input.Body", "Vea [cómo se atiende la llamada][1] y [nuestra política][2]."));
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author), ("es", ClaroApp.Translator));
        var links = await ReaderBody.LinksAsync(app.Reader(), "/es/editor-publica");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([("/es/ice-pide-ayuda#llamada", null, "cómo se atiende la llamada"), ("/es/inmigracion#politica", null, "nuestra política")],
            links.Select(l => (l.Href, l.HrefLang, l.Text)));
    }

    [Fact]
    public async Task The_review_screen_warns_of_a_link_to_a_page_readers_cannot_open()
    {
        await app.CreateDocumentAsync("review-draft-only", "Not published.");
        var id = await DocumentWithSpanishDraftAsync("review-unopenable", "Vea [la página](/en/review-draft-only).", "See [the page](/en/review-draft-only).");
        (await app.StepAsync(ClaroApp.Translator, id, "es", "submit")).EnsureSuccessStatusCode();
        var reviewer = await app.SignInAsync(ClaroApp.Reviewer);

        var html = WebUtility.HtmlDecode(await reviewer.HtmlAsync($"/admin/documents/{id}/es/review"));

        Assert.Contains("The link to /en/review-draft-only leads to a page readers cannot open: it is not published.", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<dt>(?<code>.*?)</dt>\\s*<dd[^>]*>(?<where>.*?)</dd>", RegexOptions.Singleline)]
    private static partial Regex LinkRow();

    [GeneratedRegex("<(?:pre class=\"source\"|textarea)[^>]*>(.*?)</(?:pre|textarea)>", RegexOptions.Singleline)]
    private static partial Regex Editable();
}
