using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Claro.Tests.Admin;
using Claro.Tests.Support;

namespace Claro.Tests.Radio;

/// <summary>The radio script of the sample explainers, through the admin API and the staff page.</summary>
[Trait("Category", "Database")]
public sealed class RadioScriptApiTests(AdminPagesApp app) : IClassFixture<AdminPagesApp>
{
    private const string Immigration = "4940gdnxmvxywykc1m9djk7pnv";

    private Task<HttpClient> ApiAsync(string who) => ((ClaroApp)app).SignInAsync(who);

    [Fact]
    public async Task The_Spanish_script_is_the_published_page_said_for_Spanish_radio_with_its_link()
    {
        var api = await ApiAsync(ClaroApp.Translator);

        var radio = await api.GetFromJsonAsync<JsonElement>($"/api/v1/admin/documents/{Immigration}/es/radio");
        var script = radio.GetProperty("script").GetString()!;
        var words = radio.GetProperty("words").GetInt32();

        Assert.Equal("es", radio.GetProperty("culture").GetString());
        Assert.Equal(1, radio.GetProperty("version").GetInt32());
        Assert.Equal("¿La policía de Kansas City hace cumplir las leyes de inmigración?", radio.GetProperty("title").GetString());
        Assert.StartsWith("¿La policía de Kansas City hace cumplir las leyes de inmigración?\n\n", script, StringComparison.Ordinal);
        Assert.Contains("El ka ce pe de (el Departamento de Policía de Kansas City, Missouri)", script, StringComparison.Ordinal);
        Assert.Contains("A continuación: Lo que dice nuestra política.", script, StringComparison.Ordinal);
        Assert.Contains("Cita, en inglés: Only immigration officers have the authority", script, StringComparison.Ordinal);
        Assert.Contains("el Estatuto sesenta y siete punto tres cero siete", script, StringComparison.Ordinal);
        Assert.Contains("Escriba a kcpdchiefblog arroba kcpd punto org.", script, StringComparison.Ordinal);
        Assert.DoesNotContain("##", script, StringComparison.Ordinal);
        Assert.DoesNotContain("{#", script, StringComparison.Ordinal);
        Assert.DoesNotContain("](/", script, StringComparison.Ordinal);
        // A word is a run of letters or digits, apostrophes and hyphens inside it: "undocumented/unauthorized" is two.
        Assert.Equal(Regex.Count(script, @"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*"), words);
        Assert.Equal((int)Math.Ceiling(words * 60 / 165.0), radio.GetProperty("seconds").GetInt32());
        Assert.Equal("https://kcpd.org/s/inmigracion", radio.GetProperty("link").GetString());
        Assert.Equal("kcpd punto org, barra, s, barra, inmigración", radio.GetProperty("spoken").GetString());
        Assert.EndsWith("Léalo en su teléfono: kcpd punto org, barra, s, barra, inmigración.", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_English_script_is_timed_at_the_English_rate_and_says_the_English_link()
    {
        var api = await ApiAsync(ClaroApp.Author);

        var radio = await api.GetFromJsonAsync<JsonElement>($"/api/v1/admin/documents/{Immigration}/en/radio");
        var script = radio.GetProperty("script").GetString()!;

        Assert.Contains("No. K C P D is the Kansas City, Missouri Police Department.", script, StringComparison.Ordinal);
        Assert.Contains("Quote: Only immigration officers", script, StringComparison.Ordinal);
        Assert.Contains("Statute sixty-seven point three zero seven", script, StringComparison.Ordinal);
        Assert.Equal((int)Math.Ceiling(radio.GetProperty("words").GetInt32() * 60 / 150.0), radio.GetProperty("seconds").GetInt32());
        Assert.Equal("kcpd dot org, slash, s, slash, immigration", radio.GetProperty("spoken").GetString());
    }

    [Fact]
    public async Task A_script_is_read_from_the_published_version_not_from_a_newer_draft()
    {
        var id = await ((ClaroApp)app).CreateDocumentAsync("radio-draft", "Officers answer every call.", "Radio draft");
        await ((ClaroApp)app).ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        (await ((ClaroApp)app).SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "radio-draft", title = "Radio draft", summary = "", body = "Not yet public.", changeNote = "", baseVersion = 1 })).EnsureSuccessStatusCode();
        var api = await ApiAsync(ClaroApp.Author);

        var radio = await api.GetFromJsonAsync<JsonElement>($"/api/v1/admin/documents/{id}/en/radio");

        Assert.Equal(1, radio.GetProperty("version").GetInt32());
        Assert.Contains("Officers answer every call.", radio.GetProperty("script").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Not yet public", radio.GetProperty("script").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, radio.GetProperty("link").ValueKind);
        Assert.Equal(JsonValueKind.Null, radio.GetProperty("spoken").ValueKind);
    }

    [Theory]
    [InlineData("unpublished", HttpStatusCode.NotFound)]
    [InlineData("unknown culture", HttpStatusCode.NotFound)]
    [InlineData("unknown document", HttpStatusCode.NotFound)]
    [InlineData("withdrawn", HttpStatusCode.Conflict)]
    public async Task Without_a_page_readers_can_open_there_is_no_script_and_the_problem_says_why(string situation, HttpStatusCode expected)
    {
        var id = await ((ClaroApp)app).CreateDocumentAsync("radio-" + situation.Replace(' ', '-'), "Text.", "Radio " + situation);
        if (situation == "withdrawn")
        {
            await ((ClaroApp)app).ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
            (await (await ApiAsync(ClaroApp.Publisher)).PostAsJsonAsync($"/api/v1/admin/documents/{id}/withdraw", new { reason = "Replaced." })).EnsureSuccessStatusCode();
        }

        var path = situation switch
        {
            "unknown culture" => $"/api/v1/admin/documents/{id}/xx-nope/radio",
            "unknown document" => "/api/v1/admin/documents/4nosuchdocument00000000000/en/radio",
            _ => $"/api/v1/admin/documents/{id}/en/radio",
        };

        var response = await (await ApiAsync(ClaroApp.Author)).GetAsync(path);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.False(string.IsNullOrWhiteSpace(problem!.Detail));
    }

    [Fact]
    public async Task Without_a_sign_in_there_is_no_script()
    {
        var response = await app.Anonymous().GetAsync($"/api/v1/admin/documents/{Immigration}/es/radio");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_share_page_leads_to_a_printable_script_in_large_type()
    {
        var officer = await app.SignInAsync(AdminPagesApp.Translator);

        var share = await officer.HtmlAsync("/admin/links/inmigracion");
        var page = await officer.HtmlAsync($"/admin/documents/{Immigration}/es/radio?ui=en");

        Assert.Contains($"<a href=\"/admin/documents/{Immigration}/es/radio\">Radio script in Español</a>", share, StringComparison.Ordinal);
        Assert.Contains("<article class=\"radio\" lang=\"es\" aria-labelledby=\"radio-title\">", page, StringComparison.Ordinal);
        Assert.Contains("<p>Cita, en inglés: Only immigration officers", page, StringComparison.Ordinal);
        Assert.Contains("<bdi class=\"short-link\" dir=\"ltr\">https://kcpd.org/s/inmigracion</bdi>", page, StringComparison.Ordinal);
        Assert.Contains("<dd lang=\"es\">“kcpd punto org, barra, s, barra, inmigración”</dd>", page, StringComparison.Ordinal);
        Assert.Contains("words at 165 words a minute", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_of_an_unpublished_translation_says_so_in_the_staff_language()
    {
        var id = await AdminPagesApp.CreateDocumentAsync(await app.SignInAsync(AdminPagesApp.Author), "radio-page-draft");
        var officer = await app.SignInAsync(AdminPagesApp.Translator);

        var response = await officer.GetAsync($"/admin/documents/{id}/en/radio?ui=es");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Guion para la radio en English", html, StringComparison.Ordinal);
        Assert.Contains("not published yet", html, StringComparison.Ordinal);
    }
}
