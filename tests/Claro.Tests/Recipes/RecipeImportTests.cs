using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claro.Recipes;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claro.Tests.Recipes;

[Trait("Category", "Database")]
public sealed class RecipeImportTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Recipes", "Samples", name);

    private async Task<ImportReport> ImportAsync(string json, string fileName = "test.recipe.json")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<RecipeImporter>();
        return await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), fileName);
    }

    private Task<(int Documents, int Items, int Versions, int Audit, int Links)> CountsAsync() =>
        app.WithDbAsync(async db => (await db.Documents.CountAsync(), await db.Items.CountAsync(), await db.Versions.CountAsync(),
            await db.AuditEvents.CountAsync(), await db.ShortLinks.CountAsync()));

    /// <summary>The hand-written Orchard recipe with one edit made through its JSON tree.</summary>
    private static string OrchardRecipeWith(Action<JsonObject> edit)
    {
        var recipe = JsonNode.Parse(File.ReadAllText(Sample("orchard-two-explainers.recipe.json")),
            documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
        edit(recipe);
        return recipe.ToJsonString();
    }

    private static JsonObject Item(JsonObject recipe, int index) => recipe["steps"]![3]!["data"]![index]!.AsObject();

    [Fact]
    public async Task The_sample_content_arrived_as_published_versions_with_audit_entries_naming_the_recipe()
    {
        var audit = await app.WithDbAsync(db => db.AuditEvents.Where(a => a.Action == "Imported" && a.Comment!.Contains("sample.recipe.json")).ToListAsync());
        var states = await app.WithDbAsync(db => db.Versions.Select(v => v.State).Distinct().ToListAsync());

        Assert.True(audit.Count >= 10);
        Assert.All(audit, a => Assert.Equal("recipe:sample.recipe.json", a.Actor));
        Assert.Contains(Claro.Content.VersionState.Published, states);
    }

    [Fact]
    public async Task An_Orchard_Core_recipe_of_two_explainers_imports_with_hreflang_links_and_safe_HTML()
    {
        var report = await ImportAsync(File.ReadAllText(Sample("orchard-two-explainers.recipe.json")), "orchard-two-explainers.recipe.json");
        var reader = app.Reader();
        var english = await reader.GetStringAsync("/en/traffic-stops");
        var spanish = await reader.GetStringAsync("/es/paradas-de-trafico");

        Assert.Equal(2, report.Documents);
        Assert.Equal(4, report.Items);
        Assert.Contains(report.Skipped, s => s.Contains("step 'Themes'", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.Contains("CommonPart", StringComparison.Ordinal));
        Assert.Contains("<link rel=\"alternate\" hreflang=\"es\" href=\"http://localhost/es/paradas-de-trafico\">", english);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en/traffic-stops\">", spanish);
        Assert.Contains("id=\"expect\"", english);
        Assert.Contains("El agente le dice por qué lo detuvo.", spanish);
        Assert.DoesNotContain("<script", spanish);
        Assert.DoesNotContain("onclick", spanish);
        Assert.DoesNotContain("javascript:", spanish);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/es/quejas")).StatusCode);
        Assert.Contains("paradas-de-trafico", await reader.GetStringAsync("/es/search?q=trafico"));
    }

    public static TheoryData<string, string, string> BadRecipes => new()
    {
        { "truncated JSON", "{ \"steps\": [ { \"name\": \"content\", \"data\": [", "not valid JSON" },
        { "no ContentItemId", "steps[3].data[0].ContentItemId", "'ContentItemId' is missing" },
        { "no ContentType", "steps[3].data[1].ContentType", "'ContentType' is missing" },
        { "two items claim one culture", "steps[3].data[1].LocalizationPart.Culture", "both claim the culture 'en'" },
        { "path clashes with an existing page", "steps[3].data[2].AutoroutePart.Path", "already used by a page" },
        { "unknown culture", "steps[3].data[3].LocalizationPart.Culture", "not one of this site's languages" },
    };

    [Theory]
    [MemberData(nameof(BadRecipes))]
    public async Task A_bad_recipe_names_file_path_and_reason_and_writes_nothing(string problem, string jsonPath, string reason)
    {
        var json = problem switch
        {
            "truncated JSON" => jsonPath,
            "no ContentItemId" => OrchardRecipeWith(r => Item(r, 0).Remove("ContentItemId")),
            "no ContentType" => OrchardRecipeWith(r => Item(r, 1).Remove("ContentType")),
            "two items claim one culture" => OrchardRecipeWith(r => Item(r, 1)["LocalizationPart"]!["Culture"] = "en"),
            "path clashes with an existing page" => OrchardRecipeWith(r => Item(r, 2)["AutoroutePart"]!["Path"] = "en/immigration"),
            _ => OrchardRecipeWith(r => Item(r, 3)["LocalizationPart"]!["Culture"] = "fr"),
        };
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(json, "bad.recipe.json"));

        Assert.Equal("bad.recipe.json", error.FileName);
        Assert.Equal(problem == "truncated JSON" ? error.JsonPath : jsonPath, error.JsonPath);
        Assert.StartsWith(problem == "truncated JSON" ? "line " : "steps[", error.JsonPath);
        Assert.Contains(reason, error.Reason);
        Assert.Equal(before, await CountsAsync());
    }
}
