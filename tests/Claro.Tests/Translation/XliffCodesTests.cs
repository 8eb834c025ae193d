using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Xml.Linq;
using Claro.Tests.Links;
using Claro.Tests.Support;
using Claro.Translation;

namespace Claro.Tests.Translation;

/// <summary>
/// XLIFF as professional translators' tools use it: Markdown's inline markup arrives as protected codes,
/// and a file comes back re-segmented, filled, annotated and re-encoded, and still gives the right Markdown.
/// </summary>
[Trait("Category", "Database")]
public sealed class XliffCodesTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    private static readonly XNamespace Ns = CatTool.Ns;
    private const string Immigration = "4940gdnxmvxywykc1m9djk7pnv";

    private const string Body = """
        **Officers do not ask about immigration status.** They protect *everyone* who calls.

        ## How calls work {#calls}

        When ICE asks for help, see [how the call works](/en/ice-help#call). Read [our policy](/en/immigration#policy) too.

        **Call us. We answer.**

        - Write to `kcpd.org` for answers. We reply in a week.
        """;

    private async Task<string> ExportAsync(string id) =>
        await (await app.SignInAsync(ClaroApp.Translator)).GetStringAsync($"/api/v1/admin/documents/{id}/en/xliff?target=es");

    private async Task<HttpResponseMessage> ImportAsync(string id, byte[] xliff) =>
        await (await app.SignInAsync(ClaroApp.Translator)).PostAsync($"/api/v1/admin/documents/{id}/en/xliff", new ByteArrayContent(xliff));

    private static string SourceOf(XDocument xliff, string unitId) =>
        xliff.Descendants(Ns + "unit").Single(u => (string?)u.Attribute("id") == unitId).Descendants(Ns + "source").Single().ToString(SaveOptions.DisableFormatting);

    [Fact]
    public async Task Emphasis_and_links_reach_translators_as_protected_codes_with_the_Markdown_kept_aside()
    {
        var raw = await ExportAsync(Immigration);
        var xliff = XDocument.Parse(raw);
        var units = xliff.Descendants(Ns + "unit").ToList();
        var question = units.Single(u => u.Element(Ns + "segment")!.Element(Ns + "source")!.Value.StartsWith("Will officers ask", StringComparison.Ordinal));
        var strong = question.Descendants(Ns + "pc").Single();
        var data = question.Descendants(Ns + "data").ToDictionary(d => (string)d.Attribute("id")!, d => d.Value);
        var linking = units.Single(u => u.Descendants(Ns + "pc").Any(pc => pc.Value == "what happens when ICE asks KCPD for help"));
        var link = linking.Descendants(Ns + "pc").Single();

        Assert.Empty(PublicSchemas.Validate(raw, "xliff_core_2.0.xsd"));
        Assert.Equal(("fmt", "xlf:b", "no", "no"), ((string?)strong.Attribute("type"), (string?)strong.Attribute("subType"), (string?)strong.Attribute("canDelete"), (string?)strong.Attribute("canCopy")));
        Assert.Equal("Will officers ask about my immigration status?", strong.Value);
        Assert.Equal(("**", "**"), (data[(string)strong.Attribute("dataRefStart")!], data[(string)strong.Attribute("dataRefEnd")!]));
        Assert.Equal("link", (string?)link.Attribute("type"));
        Assert.Equal("](/en/ice-help)", linking.Descendants(Ns + "data").Single(d => (string?)d.Attribute("id") == (string?)link.Attribute("dataRefEnd")).Value);
        Assert.All(xliff.Descendants(Ns + "source"), source => Assert.DoesNotContain("**", source.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(xliff.Descendants(Ns + "source"), source => source.Value.Contains("](", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_sample_explainer_taken_through_a_translation_tool_gives_the_same_Markdown_back()
    {
        var bodies = SampleRecipe.Bodies();

        foreach (var body in bodies.Append(Body))
        {
            var exported = Xliff.Write("doc", "en", 1, "es", TranslationUnits.Of("A title", "A summary.", body), null);
            var returned = CatTool.TranslateAsItself(exported);
            var read = Xliff.Read(new MemoryStream(returned));
            var rebuilt = TranslationUnits.Apply("A title", "A summary.", body, read.Value!.Targets);

            Assert.Contains("<xlf:ignorable>", Encoding.UTF8.GetString(returned), StringComparison.Ordinal);
            Assert.Equal(body, rebuilt.Value!.Body);
        }
    }

    [Fact]
    public async Task A_document_translated_only_through_XLIFF_with_its_sentences_resegmented_publishes_a_Spanish_page_with_its_markup_and_Spanish_links()
    {
        var id = await app.CreateDocumentAsync("xliff-calls", Body, "Calls for help");
        var exported = XDocument.Parse(await ExportAsync(id));

        var response = await ImportAsync(id, CatTool.Save(XDocument.Parse(TranslatedByTool(exported), LoadOptions.PreserveWhitespace)));
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author), ("es", ClaroApp.Translator));
        var slug = (await app.CultureStateAsync(id, "es")).GetProperty("slug").GetString();
        var html = await ReaderBody.HtmlAsync(app.Reader(), $"/es/{slug}");
        var links = await ReaderBody.LinksAsync(app.Reader(), $"/es/{slug}");

        Assert.Equal("<pc id=\"1\" canCopy=\"no\" canDelete=\"no\" dataRefStart=\"d1\" dataRefEnd=\"d1e\" type=\"link\">how the call works</pc>",
            exported.Descendants(Ns + "unit").Single(u => (string?)u.Attribute("id") == "b3").Descendants(Ns + "pc").First().ToString(SaveOptions.DisableFormatting).Replace($" xmlns=\"{Ns}\"", "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("llamadas-de-ayuda", slug);
        Assert.Contains("<p><strong>Los agentes no preguntan por el estatus migratorio.</strong> Protegen a <em>todas las personas</em> que llaman.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"calls\">Cómo se atienden las llamadas</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p><strong>Llámenos. Respondemos.</strong></p>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Respondemos en una semana. Escriba a <code>kcpd.org</code> para saber más.</li>", html, StringComparison.Ordinal);
        Assert.Equal(
            [("/es/ice-pide-ayuda#llamada", null, "cómo se atiende la llamada"), ("/es/inmigracion#politica", null, "nuestra política")],
            links.Select(l => (l.Href, l.HrefLang, l.Text)));
    }

    /// <summary>The file a translation tool sends back for <see cref="Body"/>: sentences in segments, a code split across two of them, targets reordered.</summary>
    private static string TranslatedByTool(XDocument exported) => $$"""
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">
         <file id="f1" original="{{exported.Descendants(Ns + "file").Single().Attribute("original")!.Value}}">
          <unit id="title">
           <notes><note category="terminology">"Calls" as in calls for service.</note></notes>
           <segment state="final"><source>Calls for help</source><target>Llamadas de ayuda</target></segment>
          </unit>
          <unit id="summary">
           <segment state="translated"><source>A page for tests.</source><target>Una página de prueba.</target></segment>
          </unit>
          <unit id="b1">
           <originalData><data id="d1">**</data><data id="d1e">**</data><data id="d2">*</data><data id="d2e">*</data></originalData>
           <segment id="s1" state="translated">
            <source><pc id="1" dataRefStart="d1" dataRefEnd="d1e" type="fmt" subType="xlf:b">Officers do not ask about immigration status.</pc></source>
            <target><pc id="1" dataRefStart="d1" dataRefEnd="d1e" type="fmt" subType="xlf:b">Los agentes no preguntan por el estatus migratorio.</pc></target>
           </segment>
           <ignorable><source> </source></ignorable>
           <segment id="s2" state="reviewed">
            <source>They protect <pc id="2" dataRefStart="d2" dataRefEnd="d2e">everyone</pc> who calls.</source>
            <target>Protegen a <pc id="2" dataRefStart="d2" dataRefEnd="d2e">todas las personas</pc> que llaman.</target>
           </segment>
          </unit>
          <unit id="b2">
           <segment state="translated"><source>How calls work</source><target xml:space="preserve">Cómo se atienden las llamadas</target></segment>
          </unit>
          <unit id="b3">
           <segment state="translated">
            <source>When ICE asks for help, see <pc id="1" dataRefStart="d1" dataRefEnd="d1e">how the call works</pc>.</source>
            <target>Cuando ICE pide ayuda, vea <pc id="1" dataRefStart="d1" dataRefEnd="d1e">cómo se atiende
               la llamada</pc>.</target>
           </segment>
           <ignorable><source> </source></ignorable>
           <segment state="translated">
            <source>Read <pc id="2" dataRefStart="d2" dataRefEnd="d2e">our policy</pc> too.</source>
            <target>Lea también <mrk id="m1" type="term"><pc id="2" dataRefStart="d2" dataRefEnd="d2e">nuestra política</pc></mrk>.</target>
           </segment>
          </unit>
          <unit id="b4">
           <segment state="translated"><source><sc id="1" dataRef="d1"/>Call us.</source><target><sc id="1" dataRef="d1"/>Llámenos.</target></segment>
           <ignorable><source> </source></ignorable>
           <segment state="translated"><source>We answer.<ec startRef="1" dataRef="d1e"/></source><target>Respondemos.<ec startRef="1" dataRef="d1e"/></target></segment>
          </unit>
          <unit id="b5">
           <segment state="translated"><source>Write to <ph id="1" dataRef="d1"/> for answers.</source><target order="3">Escriba a <ph id="1" dataRef="d1"/> para saber más.</target></segment>
           <ignorable><source> </source></ignorable>
           <segment state="translated"><source>We reply in a week.</source><target order="1">Respondemos en una semana.</target></segment>
          </unit>
         </file>
        </xliff>
        """;

    [Theory]
    [InlineData("lost", "<target>Vea la llamada y <pc id=\"1\">negrita</pc>.</target>", "code 2 (a link) is missing")]
    [InlineData("added", "<target><pc id=\"1\">Negrita</pc> y <pc id=\"2\">un enlace</pc> <ph id=\"9\"/>.</target>", "code 9 is not in the source")]
    [InlineData("overlapping", "<target><sc id=\"1\"/>Negrita y <sc id=\"2\"/>un<ec startRef=\"1\"/> enlace<ec startRef=\"2\"/>.</target>", "overlap")]
    [InlineData("link in link", "<target><pc id=\"2\">Un <pc id=\"1\">enlace</pc></pc>.</target>", "inside another link")]
    [InlineData("order", "<target order=\"7\"><pc id=\"1\">Negrita</pc> y <pc id=\"2\">un enlace</pc>.</target>", "order '7'")]
    [InlineData("foreign element", "<target><pc id=\"1\">Negrita</pc> y <b xmlns=\"\">x</b> <pc id=\"2\">un enlace</pc>.</target>", "<b> is not XLIFF 2.0 inline content")]
    public async Task A_file_whose_codes_Markdown_cannot_carry_gets_400_naming_the_unit_and_changes_nothing(string problem, string target, string reason)
    {
        var id = await app.CreateDocumentAsync($"xliff-codes-{problem.Replace(' ', '-')}", problem == "link in link" ? "[A](/en/a) and [b](/en/b)." : "**Bold** and [a link](/en/ice-help).");
        var xliff = XDocument.Parse(await ExportAsync(id));
        foreach (var segment in xliff.Descendants(Ns + "segment"))
        {
            segment.Element(Ns + "target")!.ReplaceWith(new XElement(Ns + "target", segment.Element(Ns + "source")!.Nodes()));
        }

        var body = xliff.Descendants(Ns + "unit").Single(u => (string?)u.Attribute("id") == "b1").Element(Ns + "segment")!;
        body.Element(Ns + "target")!.ReplaceWith(XElement.Parse(target.Replace("<target", $"<target xmlns=\"{Ns}\"", StringComparison.Ordinal)));

        var response = await ImportAsync(id, CatTool.Save(xliff));
        var problemDetails = await response.Content.ReadFromJsonAsync<Problem>();
        var document = await app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Unit 'b1'", problemDetails!.Detail, StringComparison.Ordinal);
        Assert.Contains(reason, problemDetails.Detail, StringComparison.Ordinal);
        Assert.Single(document.GetProperty("cultures").EnumerateArray());
    }

    [Fact]
    public async Task A_refused_file_leaves_the_current_translation_as_it_was()
    {
        var id = await app.CreateDocumentAsync("xliff-refused-keeps", "**Bold** and [a link](/en/ice-help).", "Kept");
        var draft = new { slug = "se-conserva", title = "Se conserva", summary = "Una página.", body = "**Negrita** y [un enlace](/en/ice-help).", changeNote = "", baseVersion = 0 };
        (await app.SaveDraftAsync(ClaroApp.Translator, id, "es", draft)).EnsureSuccessStatusCode();
        var xliff = XDocument.Parse(await ExportAsync(id));
        xliff.Descendants(Ns + "unit").Single(u => (string?)u.Attribute("id") == "title").Descendants(Ns + "target").Single().Value = "Otro título";
        xliff.Descendants(Ns + "unit").Single(u => (string?)u.Attribute("id") == "b1").Descendants(Ns + "target").Single().ReplaceWith(XElement.Parse(
            $"<target xmlns=\"{Ns}\"><sc id=\"1\"/>Negrita y <sc id=\"2\"/>un<ec startRef=\"1\"/> enlace<ec startRef=\"2\"/>.</target>"));

        var response = await ImportAsync(id, CatTool.Save(xliff));
        var detail = (await response.Content.ReadFromJsonAsync<Problem>())!.Detail;
        var versions = await app.WithDbAsync(db => Task.FromResult(
            db.Versions.Where(v => v.Item.DocumentId == id && v.Item.Culture == "es").Select(v => new { v.Number, v.Title, v.Markdown }).ToList()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Unit 'b1': code 1 (bold) and code 2 (a link) overlap", detail, StringComparison.Ordinal);
        Assert.Equal([(1, "Se conserva", "**Negrita** y [un enlace](/en/ice-help).")], versions.Select(v => (v.Number, v.Title, v.Markdown)));
    }

    [Fact]
    public async Task The_export_of_every_kind_of_code_with_the_current_translation_as_targets_is_valid_against_the_OASIS_schema()
    {
        var id = await app.CreateDocumentAsync("xliff-every-code",
            "**Bold *nested* words**, ~~struck~~, [a link](/en/ice-help \"Calls\"){hreflang=en}, `code`, ![a map](/en/map.png) and a break  \nhere.");
        var draft = new
        {
            slug = "cada-codigo", title = "Cada código", summary = "Una página.", changeNote = "", baseVersion = 0,
            body = "**Negrita *anidada* palabras**, ~~tachado~~, [un enlace](/en/ice-help \"Llamadas\"){hreflang=en}, `code`, ![un mapa](/en/map.png) y un salto  \naquí.",
        };
        (await app.SaveDraftAsync(ClaroApp.Translator, id, "es", draft)).EnsureSuccessStatusCode();

        var raw = await ExportAsync(id);
        var target = XDocument.Parse(raw).Descendants(Ns + "unit").Single(u => (string?)u.Attribute("id") == "b1").Descendants(Ns + "target").Single();

        Assert.Empty(PublicSchemas.Validate(raw, "xliff_core_2.0.xsd"));
        Assert.Equal(["Negrita anidada palabras", "anidada", "tachado", "un enlace", "un mapa"], target.Descendants(Ns + "pc").Select(pc => pc.Value));
        Assert.Equal(["claro:code", "xlf:lb"], target.Descendants(Ns + "ph").Select(ph => (string?)ph.Attribute("subType")));
    }

    /// <summary>One paragraph, "No. KCPD is here.", split by a translation tool into two sentences and what lies between them.</summary>
    [Theory]
    [InlineData("no target on the ignorable: its source stays",
        "<segment><source>No.</source><target>ES No.</target></segment><ignorable><source> </source></ignorable><segment><source>KCPD is here.</source><target>ES KCPD está.</target></segment>",
        "ES No. ES KCPD está.")]
    [InlineData("the ignorable's own target replaces its source",
        "<segment><source>No.</source><target>ES No.</target></segment><ignorable><source> </source><target> — </target></ignorable><segment><source>KCPD is here.</source><target>ES KCPD está.</target></segment>",
        "ES No. — ES KCPD está.")]
    [InlineData("targets moved by order around the ignorable",
        "<segment><source>No.</source><target order=\"3\">ES No.</target></segment><ignorable><source> </source></ignorable><segment><source>KCPD is here.</source><target order=\"1\">ES KCPD está.</target></segment>",
        "ES KCPD está. ES No.")]
    [InlineData("white space preserved by the tool becomes single spaces",
        "<segment><source>No.</source><target xml:space=\"preserve\">ES\n   No.</target></segment><ignorable><source>\n  </source></ignorable><segment><source>KCPD is here.</source><target>ES KCPD  está.</target></segment>",
        "ES No. ES KCPD está.")]
    public void A_resegmented_unit_reads_as_its_segments_and_ignorables_in_order(string tooling, string content, string paragraph)
    {
        var file = $"""
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">
             <file id="f1" original="claro:doc/en/1"><unit id="b1">{content}</unit></file>
            </xliff>
            """;

        var read = Xliff.Read(new MemoryStream(Encoding.UTF8.GetBytes(file)));
        var rebuilt = TranslationUnits.Apply("Title", "", "No. KCPD is here.", read.Value!.Targets);

        Assert.True(rebuilt.Refusal is null, tooling);
        Assert.Equal(paragraph, rebuilt.Value!.Body);
    }

    [Fact]
    public async Task The_Markdown_a_returned_file_gives_for_its_codes_is_ignored_so_it_cannot_change_a_link()
    {
        var id = await app.CreateDocumentAsync("xliff-data", "See [the call](/en/ice-help#call).");
        var xliff = XDocument.Parse(await ExportAsync(id));
        foreach (var segment in xliff.Descendants(Ns + "segment"))
        {
            segment.Element(Ns + "target")!.ReplaceWith(new XElement(Ns + "target", segment.Element(Ns + "source")!.Nodes()));
        }

        foreach (var data in xliff.Descendants(Ns + "data"))
        {
            data.Value = data.Value.Replace("/en/ice-help#call", "javascript:alert(1)", StringComparison.Ordinal);
        }

        var response = await ImportAsync(id, CatTool.Save(xliff));
        var markdown = await app.WithDbAsync(db => Task.FromResult(db.Versions.Single(v => v.Item.DocumentId == id && v.Item.Culture == "es").Markdown));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("See [the call](/en/ice-help#call).", markdown);
    }

    [Fact]
    public async Task A_file_nesting_inline_elements_without_end_gets_400_not_a_crash()
    {
        var id = await app.CreateDocumentAsync("xliff-deep", "Deep text.");
        var xliff = XDocument.Parse(await ExportAsync(id));
        foreach (var segment in xliff.Descendants(Ns + "segment"))
        {
            segment.Element(Ns + "target")!.Value = segment.Element(Ns + "source")!.Value == "Deep text." ? "DEEP" : "Traducido";
        }

        var deep = string.Concat(Enumerable.Repeat("<mrk id=\"m\" type=\"generic\">", 100_000)) + "Texto." + string.Concat(Enumerable.Repeat("</mrk>", 100_000));
        var file = Encoding.UTF8.GetBytes(xliff.ToString().Replace(">DEEP<", $">{deep}<", StringComparison.Ordinal));

        var response = await ImportAsync(id, file);
        var detail = (await response.Content.ReadFromJsonAsync<Problem>())!.Detail;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unit 'b1'", detail, StringComparison.Ordinal);
        Assert.Contains("nest more than 100 levels", detail, StringComparison.Ordinal);
    }
}
