using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Xml.Linq;
using Claro.Tests.Support;

namespace Claro.Tests.Translation;

[Trait("Category", "Database")]
public sealed class XliffTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    private static readonly XNamespace Ns = "urn:oasis:names:tc:xliff:document:2.0";

    private const string Body = "Officers record every stop.\n\n## When cameras run {#when}\n\n- During a stop\n- During a search\n\n> \"Recording protects everyone.\" {lang=en}\n";

    private async Task<(string Id, XDocument Xliff, string Raw)> ExportAsync(string slug)
    {
        var id = await app.CreateDocumentAsync(slug, Body, "Body cameras");
        var translator = await app.SignInAsync(ClaroApp.Translator);
        var response = await translator.GetAsync($"/api/v1/admin/documents/{id}/en/xliff?target=es");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xliff+xml", response.Content.Headers.ContentType!.MediaType);
        var raw = await response.Content.ReadAsStringAsync();
        return (id, XDocument.Parse(raw), raw);
    }

    private async Task<HttpResponseMessage> ImportAsync(string id, string xliff) =>
        await (await app.SignInAsync(ClaroApp.Translator)).PostAsync($"/api/v1/admin/documents/{id}/en/xliff", new StringContent(xliff, Encoding.UTF8, "application/xliff+xml"));

    private static string Translate(XDocument xliff, Func<string, string, string> translate)
    {
        foreach (var unit in xliff.Descendants(Ns + "unit"))
        {
            var segment = unit.Element(Ns + "segment")!;
            segment.Element(Ns + "target")!.Value = translate((string)unit.Attribute("id")!, segment.Element(Ns + "source")!.Value);
        }

        return xliff.ToString();
    }

    private static string Spanish(string id, string source) => source switch
    {
        "Body cameras" => "Cámaras corporales",
        "A page for tests." => "Una página de prueba.",
        "Officers record every stop." => "Los agentes graban cada parada.",
        "When cameras run" => "Cuándo graban las cámaras",
        "During a stop" => "Durante una parada",
        "During a search" => "Durante un registro",
        _ => "«Grabar protege a todos».",
    };

    [Fact]
    public async Task A_translation_past_a_limit_is_a_400_naming_the_limit_and_saves_nothing()
    {
        var (id, xliff, _) = await ExportAsync("xliff-limits");
        // A translator's brackets are text, written escaped: the flood makes a long body, not a block of marks.
        var flood = string.Concat(Enumerable.Repeat("[a](", 20_000));

        var response = await ImportAsync(id, Translate(xliff, (unit, source) => unit == "b1" ? flood : Spanish(unit, source)));
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("body-length", problem.GetProperty("limit").GetString());
        Assert.DoesNotContain((await app.GetJsonAsync(ClaroApp.Translator, $"/api/v1/admin/documents/{id}")).GetProperty("cultures").EnumerateArray(), c => c.GetProperty("culture").GetString() == "es");
    }

    [Fact]
    public async Task The_export_is_valid_XLIFF_2_with_a_unit_per_heading_paragraph_and_list_item()
    {
        var (_, xliff, raw) = await ExportAsync("xliff-valid");
        var units = xliff.Descendants(Ns + "unit").Select(u => ((string)u.Attribute("type")!, u.Descendants(Ns + "source").Single().Value)).ToList();

        Assert.Empty(PublicSchemas.Validate(raw, "xliff_core_2.0.xsd"));
        Assert.Equal("en", (string?)xliff.Root!.Attribute("srcLang"));
        Assert.Equal("es", (string?)xliff.Root!.Attribute("trgLang"));
        Assert.Equal(
            [("claro:title", "Body cameras"), ("claro:summary", "A page for tests."), ("claro:paragraph", "Officers record every stop."), ("claro:heading", "When cameras run"),
             ("claro:list-item", "During a stop"), ("claro:list-item", "During a search"), ("claro:paragraph", "\"Recording protects everyone.\"")],
            units);
        Assert.All(xliff.Descendants(Ns + "target"), t => Assert.Equal("", t.Value));
    }

    [Fact]
    public async Task A_translated_file_becomes_a_Spanish_draft_that_keeps_the_structure()
    {
        var (id, xliff, _) = await ExportAsync("xliff-import");

        var response = await ImportAsync(id, Translate(xliff, Spanish));
        var state = await app.CultureStateAsync(id, "es");
        var versions = await app.GetJsonAsync(ClaroApp.Translator, $"/api/v1/admin/documents/{id}/es/versions");
        var again = await (await app.SignInAsync(ClaroApp.Translator)).GetStringAsync($"/api/v1/admin/documents/{id}/en/xliff?target=es");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Draft", state.GetProperty("state").GetString());
        Assert.Equal(1, state.GetProperty("sourceVersion").GetInt32());
        Assert.Equal("Cámaras corporales", versions[0].GetProperty("title").GetString());
        Assert.StartsWith("camaras-corporales", versions[0].GetProperty("slug").GetString(), StringComparison.Ordinal);
        Assert.Contains("Cuándo graban las cámaras", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_imported_body_keeps_heading_ids_lists_and_language_marks()
    {
        var (id, xliff, _) = await ExportAsync("xliff-structure");
        await ImportAsync(id, Translate(xliff, Spanish));
        await app.StepAsync(ClaroApp.Translator, id, "es", "submit");
        await app.ApproveAsync(ClaroApp.Reviewer, id, "es");
        await app.StepAsync(ClaroApp.Author, id, "en", "submit");
        await app.ApproveAsync(ClaroApp.Reviewer, id, "en");
        (await app.PublishAsync(id, ["en", "es"])).EnsureSuccessStatusCode();

        var slug = (await app.CultureStateAsync(id, "es")).GetProperty("slug").GetString();
        var html = await app.Reader().GetStringAsync($"/es/{slug}");

        Assert.Contains("<h2 id=\"when\">Cuándo graban las cámaras</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Durante una parada</li>", html, StringComparison.Ordinal);
        Assert.Contains("<p lang=\"en\" dir=\"ltr\">«Grabar protege a todos».", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("malformed")]
    [InlineData("unknown unit")]
    [InlineData("wrong source language")]
    [InlineData("unsupported target")]
    [InlineData("untranslated unit")]
    [InlineData("other document")]
    public async Task A_bad_file_gets_400_with_a_reason_and_changes_nothing(string problem)
    {
        var (id, xliff, _) = await ExportAsync("xliff-bad-" + problem.Replace(' ', '-'));
        var translated = XDocument.Parse(Translate(xliff, Spanish));
        var file = problem switch
        {
            "malformed" => "<xliff version=\"2.0\"><file>",
            "unknown unit" => Edit(translated, x => x.Descendants(Ns + "unit").Last().SetAttributeValue("id", "b99")),
            "wrong source language" => Edit(translated, x => x.Root!.SetAttributeValue("srcLang", "es")),
            "unsupported target" => Edit(translated, x => x.Root!.SetAttributeValue("trgLang", "fr")),
            "untranslated unit" => Edit(translated, x => x.Descendants(Ns + "target").Last().Value = ""),
            _ => Edit(translated, x => x.Descendants(Ns + "file").Single().SetAttributeValue("original", "claro:4otherdocument0000000000/en/1")),
        };

        var response = await ImportAsync(id, file);
        var detail = (await response.Content.ReadFromJsonAsync<Problem>())!.Detail;
        var document = await app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(detail));
        Assert.Single(document.GetProperty("cultures").EnumerateArray());
    }

    private static string Edit(XDocument xliff, Action<XDocument> edit)
    {
        edit(xliff);
        return xliff.ToString();
    }
}
