using System.Net.Http.Json;
using System.Text.Json;
using Claro.Tests.Support;
using Claro.Translation;

namespace Claro.Tests.Translation;

[Trait("Category", "Database")]
public sealed class GlossaryTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    private static Glossary Shipped => Glossary.Load(Path.Combine(AppContext.BaseDirectory, "translations", "glossary.csv"));

    [Fact]
    public void The_shipped_glossary_holds_the_policys_key_terms()
    {
        var english = Shipped.Terms.SelectMany(t => t.Forms["en"]).ToList();

        Assert.Contains("ICE", english);
        Assert.Contains("immigration status", english);
        Assert.Contains("undocumented", english);
        Assert.Contains("detain", english);
        Assert.Contains("warrant", english);
    }

    [Theory]
    [InlineData("Police never ask about your immigration status.", "La policía nunca pregunta por su estatus migratorio.", 0)]
    [InlineData("Police never ask about your immigration status.", "La policía nunca pregunta por su situación migratoria.", 0)]
    [InlineData("Police never ask about your immigration status.", "La policía nunca pregunta por sus papeles.", 1)]
    [InlineData("Undocumented residents can report crimes.", "Los residentes ilegales pueden denunciar delitos.", 1)]
    [InlineData("Undocumented residents can report crimes.", "Los residentes indocumentados pueden denunciar delitos.", 0)]
    [InlineData("Only ICE agents detain people.", "Solo los agentes de ICE detienen personas.", 1)]
    [InlineData("The price is right.", "El precio es correcto.", 0)]
    public void A_translation_that_renders_a_key_term_differently_gets_a_warning(string english, string spanish, int warnings)
    {
        var found = Shipped.Check("en", english, "es", spanish);

        Assert.Equal(warnings, found.Count);
    }

    [Fact]
    public void A_warning_says_what_the_glossary_expects_and_why()
    {
        var warning = Assert.Single(Shipped.Check("en", "Undocumented people", "es", "Personas ilegales"));

        Assert.Equal("undocumented", warning.SourceTerm);
        Assert.Contains("indocumentado", warning.Expected);
        Assert.Contains("ilegal", warning.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_API_lists_glossary_warnings_for_the_latest_translation()
    {
        var id = await app.CreateDocumentAsync("glossary-check", "Undocumented residents can report crimes.");
        await app.SaveDraftAsync(ClaroApp.Translator, id, "es", new { slug = "glosario", title = "Prueba", summary = "", body = "Los residentes ilegales pueden denunciar delitos.", changeNote = "", baseVersion = 0 });

        var warnings = await app.GetJsonAsync(ClaroApp.Reviewer, $"/api/v1/admin/documents/{id}/es/glossary");

        var warning = Assert.Single(warnings.EnumerateArray());
        Assert.Equal("undocumented", warning.GetProperty("sourceTerm").GetString());
    }
}
