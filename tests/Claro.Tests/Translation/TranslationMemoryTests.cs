using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Claro.Tests.Support;

namespace Claro.Tests.Translation;

/// <summary>The translation memory through the admin API: fed by approvals, looked up, pre-filled in XLIFF, moved as TMX.</summary>
[Trait("Category", "Database")]
public sealed class TranslationMemoryTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    private static readonly XNamespace Xliff = "urn:oasis:names:tc:xliff:document:2.0";

    private async Task<JsonElement> LookUpAsync(string text, string source = "en", string target = "es") =>
        await app.GetJsonAsync(ClaroApp.Translator, $"/api/v1/admin/translation-memory?source={source}&target={target}&text={Uri.EscapeDataString(text)}");

    /// <summary>An English document published, and its Spanish translation saved and sent to review; returns its id.</summary>
    private async Task<string> TranslatedAsync(string tag, string englishBody, string spanishBody)
    {
        var id = await app.CreateDocumentAsync($"memory-{tag}", englishBody, $"Memory {tag}");
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        (await app.SaveDraftAsync(ClaroApp.Translator, id, "es", new { slug = $"memoria-{tag}", title = $"Memoria {tag}", summary = "Una página de prueba.", body = spanishBody, changeNote = "", baseVersion = 0 })).EnsureSuccessStatusCode();
        (await app.StepAsync(ClaroApp.Translator, id, "es", "submit")).EnsureSuccessStatusCode();
        return id;
    }

    [Fact]
    public async Task An_approved_translation_is_remembered_pair_by_pair_with_its_document_and_version()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var id = await TranslatedAsync(tag, $"Officers protect people {tag}.\n\n## Your rights\n\n- You may stay silent {tag}.",
            $"Los agentes protegen a las personas {tag}.\n\n## Sus derechos\n\n- Puede guardar silencio {tag}.");
        var inReview = await LookUpAsync($"Officers protect people {tag}.");

        (await app.ApproveAsync(ClaroApp.Reviewer, id, "es")).EnsureSuccessStatusCode();
        var paragraph = await LookUpAsync($"Officers protect people {tag}.");
        var listItem = await LookUpAsync($"You may stay silent {tag}.");
        var title = await LookUpAsync($"Memory {tag}");

        Assert.Empty(inReview.EnumerateArray());
        var match = paragraph.EnumerateArray().First();
        Assert.Equal($"Los agentes protegen a las personas {tag}.", match.GetProperty("target").GetString());
        Assert.Equal(1.0, match.GetProperty("score").GetDouble());
        Assert.Equal(id, match.GetProperty("documentId").GetString());
        Assert.Equal(1, match.GetProperty("version").GetInt32());
        Assert.Equal($"Puede guardar silencio {tag}.", listItem[0].GetProperty("target").GetString());
        Assert.Equal($"Memoria {tag}", title[0].GetProperty("target").GetString());
    }

    [Fact]
    public async Task The_sample_explainers_arrive_with_their_translations_remembered()
    {
        var matches = await LookUpAsync("Officers will not ask victims or witnesses about their immigration status.");

        var best = matches[0];
        Assert.Equal(1.0, best.GetProperty("score").GetDouble());
        Assert.Equal("Los agentes no les preguntan a las víctimas ni a los testigos por su estatus migratorio.", best.GetProperty("target").GetString());
        Assert.Equal("4ywk74xnp4fre7wcz7b2wyknn9", best.GetProperty("documentId").GetString());
    }

    [Fact]
    public async Task Close_matches_come_after_exact_ones_with_their_score_and_differences()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var id = await TranslatedAsync(tag + "a", $"Officers never ask victims about their status {tag}.", $"Los agentes nunca preguntan a las víctimas por su estatus {tag}.");
        (await app.ApproveAsync(ClaroApp.Reviewer, id, "es")).EnsureSuccessStatusCode();
        var other = await TranslatedAsync(tag + "b", $"Officers never ask witnesses about their status {tag}.", $"Los agentes nunca preguntan a los testigos por su estatus {tag}.");
        (await app.ApproveAsync(ClaroApp.Reviewer, other, "es")).EnsureSuccessStatusCode();

        var matches = (await LookUpAsync($"Officers never ask witnesses about their status {tag}.")).EnumerateArray().ToList();

        Assert.Equal([1.0, 0.89], matches.Select(m => m.GetProperty("score").GetDouble()));
        Assert.Equal($"Los agentes nunca preguntan a los testigos por su estatus {tag}.", matches[0].GetProperty("target").GetString());
        var differences = matches[1].GetProperty("differences").EnumerateArray().Select(d => (d.GetProperty("text").GetString(), d.GetProperty("change").GetString())).ToList();
        Assert.Contains(("victims", "removed"), differences);
        Assert.Contains(("witnesses", "added"), differences);
    }

    [Theory]
    [InlineData("source=en&target=en&text=x")]
    [InlineData("source=en&target=fr&text=x")]
    [InlineData("source=en&target=es")]
    public async Task A_lookup_without_two_site_languages_and_a_text_is_a_400(string query)
    {
        var response = await (await app.SignInAsync(ClaroApp.Translator)).GetAsync($"/api/v1/admin/translation-memory?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<Problem>())!.Detail));
    }

    [Fact]
    public async Task The_XLIFF_export_fills_exact_matches_as_initial_segments_and_stays_valid()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var id = await TranslatedAsync(tag, $"Report any crime {tag}.\n\nWe protect everyone {tag}.", $"Denuncie cualquier delito {tag}.\n\nProtegemos a todos {tag}.");
        (await app.ApproveAsync(ClaroApp.Reviewer, id, "es")).EnsureSuccessStatusCode();
        var next = await app.CreateDocumentAsync($"memory-next-{tag}", $"We protect everyone {tag}.\n\nA sentence nobody translated {tag}.", "A new page");

        var raw = await (await app.SignInAsync(ClaroApp.Translator)).GetStringAsync($"/api/v1/admin/documents/{next}/en/xliff?target=es");
        var segments = XDocument.Parse(raw).Descendants(Xliff + "segment")
            .ToDictionary(s => s.Element(Xliff + "source")!.Value, s => ((string?)s.Attribute("state"), s.Element(Xliff + "target")!.Value));

        Assert.Empty(PublicSchemas.Validate(raw, "xliff_core_2.0.xsd"));
        Assert.Equal(("initial", $"Protegemos a todos {tag}."), segments[$"We protect everyone {tag}."]);
        Assert.Equal((null, ""), segments[$"A sentence nobody translated {tag}."]);
        Assert.Equal((null, ""), segments["A new page"]);
    }

    [Fact]
    public async Task The_TMX_export_is_valid_TMX_1_4b_with_each_pair_and_where_it_came_from()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var id = await TranslatedAsync(tag, $"Call us any time {tag}.", $"Llámenos cuando quiera {tag}.");
        (await app.ApproveAsync(ClaroApp.Reviewer, id, "es")).EnsureSuccessStatusCode();

        var response = await (await app.SignInAsync(ClaroApp.Translator)).GetAsync("/api/v1/admin/translation-memory.tmx?source=en&target=es");
        var raw = await response.Content.ReadAsStringAsync();
        var tmx = XDocument.Parse(raw);
        var tu = tmx.Descendants("tu").Single(t => t.Descendants("seg").Any(s => s.Value == $"Call us any time {tag}."));

        Assert.Equal("application/x-tmx+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(PublicSchemas.ValidateWithDtd(raw));
        Assert.Equal("en", (string?)tmx.Root!.Element("header")!.Attribute("srclang"));
        Assert.Equal(id, tu.Elements("prop").Single(p => (string?)p.Attribute("type") == "x-claro-document").Value);
        Assert.Equal($"Llámenos cuando quiera {tag}.", tu.Elements("tuv").Single(v => (string?)v.Attribute(XNamespace.Xml + "lang") == "es").Element("seg")!.Value);
    }

    [Fact]
    public async Task A_TMX_file_imported_again_adds_nothing_even_when_sent_twice_at_the_same_moment()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var tmx = TmxFile($"<tu><tuv xml:lang=\"en-US\"><seg>Lock your car {tag}.</seg></tuv><tuv xml:lang=\"es-MX\"><seg>Cierre su carro {tag}.</seg></tuv></tu>"
            + $"<tu><tuv xml:lang=\"en\"><seg>Keep your receipts {tag}.</seg></tuv><tuv xml:lang=\"es\"><seg>Guarde sus recibos {tag}.</seg></tuv></tu>");
        var translator = await app.SignInAsync(ClaroApp.Translator);

        var first = await ImportAsync(tmx);
        var both = await Task.WhenAll(ImportAsync(tmx), ImportAsync(tmx));
        var matches = await LookUpAsync($"Lock your car {tag}.");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        Assert.All(both, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var again in both)
        {
            var counts = await again.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((0, 2), (counts.GetProperty("added").GetInt32(), counts.GetProperty("known").GetInt32()));
        }

        var exported = XDocument.Parse(await translator.GetStringAsync("/api/v1/admin/translation-memory.tmx?source=en&target=es"));
        Assert.Equal(2, exported.Descendants("tu").Count(tu => tu.Descendants("seg").First().Value.EndsWith($" {tag}.", StringComparison.Ordinal)));
        var single = Assert.Single(matches.EnumerateArray());
        Assert.Equal($"Cierre su carro {tag}.", single.GetProperty("target").GetString());
        Assert.Equal(JsonValueKind.Null, single.GetProperty("documentId").ValueKind);
    }

    [Fact]
    public async Task A_new_TMX_file_sent_twice_at_the_same_moment_is_stored_once()
    {
        const int Units = 300;
        for (var round = 0; round < 4; round++)
        {
            var tag = Guid.NewGuid().ToString("N")[..6];
            var tmx = TmxFile(string.Concat(Enumerable.Range(0, Units).Select(i =>
                $"<tu><tuv xml:lang=\"en\"><seg>Sentence {i} of {tag}.</seg></tuv><tuv xml:lang=\"es\"><seg>Frase {i} de {tag}.</seg></tuv></tu>")));
            await app.SignInAsync(ClaroApp.Translator);

            using var start = new SemaphoreSlim(0);
            var imports = Enumerable.Range(0, 2).Select(_ => Task.Run(async () => { await start.WaitAsync(); return await ImportAsync(tmx); })).ToList();
            start.Release(2);
            var both = await Task.WhenAll(imports);

            Assert.All(both, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            var counts = await Task.WhenAll(both.Select(r => r.Content.ReadFromJsonAsync<JsonElement>()));
            Assert.Equal(Units, counts.Sum(c => c.GetProperty("added").GetInt32()));
            Assert.Equal(Units, counts.Sum(c => c.GetProperty("known").GetInt32()));
            var exported = XDocument.Parse(await (await app.SignInAsync(ClaroApp.Translator)).GetStringAsync("/api/v1/admin/translation-memory.tmx?source=en&target=es"));
            var sources = exported.Descendants("tu").Select(tu => tu.Descendants("seg").First().Value).Where(s => s.EndsWith($" of {tag}.", StringComparison.Ordinal)).ToList();
            Assert.Equal(Units, sources.Count);
            Assert.Equal(Units, sources.Distinct().Count());
        }
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "malformed", "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>" },
        { "wrong version", "<tmx version=\"1.2\"><header srclang=\"en\"/><body/></tmx>" },
        { "entity bomb", "<!DOCTYPE tmx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + TmxFile("<tu><tuv xml:lang=\"en\"><seg>&c;</seg></tuv><tuv xml:lang=\"es\"><seg>x</seg></tuv></tu>") },
        { "wrong languages", TmxFile("<tu><tuv xml:lang=\"en\"><seg>Good one.</seg></tuv><tuv xml:lang=\"es\"><seg>Buena.</seg></tuv></tu><tu><tuv xml:lang=\"en\"><seg>Bad one.</seg></tuv><tuv xml:lang=\"fr\"><seg>Mauvaise.</seg></tuv></tu>") },
        { "deeply nested", TmxFile("<tu><tuv xml:lang=\"en\"><seg>" + string.Concat(Enumerable.Repeat("<hi>a", 100_000)) + string.Concat(Enumerable.Repeat("</hi>", 100_000)) + "</seg></tuv><tuv xml:lang=\"es\"><seg>b</seg></tuv></tu>") },
        { "oversized", TmxFile("<tu><tuv xml:lang=\"en\"><seg>Big.</seg></tuv><tuv xml:lang=\"es\"><seg>Grande.</seg></tuv></tu>" + new string(' ', 10 * 1024 * 1024)) },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_TMX_file_is_a_400_that_says_why_and_changes_nothing(string problem, string file)
    {
        var before = await ExportedUnitsAsync();

        var response = await ImportAsync(file);
        var detail = (await response.Content.ReadFromJsonAsync<Problem>())!.Detail;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(detail), problem);
        Assert.Equal(before, await ExportedUnitsAsync());
    }

    [Fact]
    public async Task A_reviewer_cannot_add_to_the_memory()
    {
        var response = await (await app.SignInAsync(ClaroApp.Reviewer)).PostAsync("/api/v1/admin/translation-memory.tmx?source=en&target=es",
            new StringContent(TmxFile("<tu><tuv xml:lang=\"en\"><seg>A.</seg></tuv><tuv xml:lang=\"es\"><seg>B.</seg></tuv></tu>"), Encoding.UTF8, "application/x-tmx+xml"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static string TmxFile(string units) =>
        $"<?xml version=\"1.0\"?><tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>{units}</body></tmx>";

    private async Task<HttpResponseMessage> ImportAsync(string tmx) =>
        await (await app.SignInAsync(ClaroApp.Translator)).PostAsync("/api/v1/admin/translation-memory.tmx?source=en&target=es",
            new StringContent(tmx, Encoding.UTF8, "application/x-tmx+xml"));

    private async Task<int> ExportedUnitsAsync() =>
        XDocument.Parse(await (await app.SignInAsync(ClaroApp.Translator)).GetStringAsync("/api/v1/admin/translation-memory.tmx?source=en&target=es")).Descendants("tu").Count();
}
