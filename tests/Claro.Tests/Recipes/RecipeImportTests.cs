using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claro.Content;
using Claro.Recipes;
using Claro.Staff;
using Claro.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Claro.Tests.Recipes;

/// <summary>Recipes imported into a site that has content: the sample site, restored on first start.</summary>
[Trait("Category", "Database")]
public sealed class RecipeImportTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    /// <summary>A document of the sample site.</summary>
    private const string SampleDocument = "4940gdnxmvxywykc1m9djk7pnv";

    private static readonly Actor Importer = new(ClaroApp.Admin, new HashSet<string>(Roles.All));

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Recipes", "Samples", name);

    private async Task<ImportReport> ImportAsync(string json, string fileName = "test.recipe.json")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<RecipeImporter>();
        return await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), fileName, Importer);
    }

    private Task<(int Documents, int Items, int Versions, int Audit, int Links)> CountsAsync() =>
        app.WithDbAsync(async db => (await db.Documents.CountAsync(), await db.Items.CountAsync(), await db.Versions.CountAsync(),
            await db.AuditEvents.CountAsync(), await db.ShortLinks.CountAsync()));

    /// <summary>
    /// The hand-written Orchard recipe with one edit made through its JSON tree; its ids and paths are its own,
    /// so that what another test imported from the same file never clashes with it.
    /// </summary>
    private static string OrchardRecipeWith(Action<JsonObject> edit)
    {
        var text = File.ReadAllText(Sample("orchard-two-explainers.recipe.json"))
            .Replace("\"4orchard", "\"4badrcpe", StringComparison.Ordinal)
            .Replace("\"Path\": \"en/", "\"Path\": \"en/bad-", StringComparison.Ordinal)
            .Replace("\"Path\": \"es/", "\"Path\": \"es/bad-", StringComparison.Ordinal);
        var recipe = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
        edit(recipe);
        return recipe.ToJsonString();
    }

    private static JsonObject Item(JsonObject recipe, int index) => recipe["steps"]![3]!["data"]![index]!.AsObject();

    [Fact]
    public async Task The_sample_content_was_restored_published_with_one_Restored_event_per_document()
    {
        // Other tests of this class import into the same site, in an order of xUnit's choosing: only the sample's documents are looked at.
        var options = app.Services.GetRequiredService<IOptions<ClaroOptions>>().Value;
        var recipe = Path.Combine(app.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, options.SampleRecipe);
        using var sample = JsonDocument.Parse(File.ReadAllText(recipe), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var sampleDocuments = sample.RootElement.GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("name").GetString() == "content")
            .SelectMany(s => s.GetProperty("data").EnumerateArray())
            .Select(i => i.GetProperty("LocalizationPart").GetProperty("LocalizationSet").GetString()!).Distinct().ToList();
        var restored = await app.WithDbAsync(db => db.AuditEvents.Where(a => a.Action == AuditActions.Restored).ToListAsync());
        var states = await app.WithDbAsync(db => db.Versions.Where(v => sampleDocuments.Contains(v.Item.DocumentId)).Select(v => v.State).Distinct().ToListAsync());
        var documents = await app.WithDbAsync(db => db.Documents.Where(d => sampleDocuments.Contains(d.Id)).Select(d => d.Id).ToListAsync());

        Assert.Equal(5, sampleDocuments.Count);
        Assert.Equal(sampleDocuments.Order(), documents.Order());
        Assert.Equal(documents.Order(), restored.Select(a => a.DocumentId).Order());
        Assert.All(restored, a => Assert.Equal(("first start", true), (a.Actor, a.Comment!.Contains("sample.recipe.json", StringComparison.Ordinal))));
        Assert.Equal([VersionState.Published], states);
    }

    [Fact]
    public async Task An_Orchard_Core_recipe_waits_in_review_written_by_the_importer_until_a_second_person_approves_it()
    {
        var report = await ImportAsync(File.ReadAllText(Sample("orchard-two-explainers.recipe.json")), "orchard-two-explainers.recipe.json");
        var id = report.DocumentIds.Single(d => d == "4orchardtrafficstopsset001");
        var reader = app.Reader();
        var beforeReview = await reader.GetAsync("/en/traffic-stops");
        var versions = await app.GetJsonAsync(ClaroApp.Reviewer, $"/api/v1/admin/documents/{id}/es/versions");
        var audit = await app.GetJsonAsync(ClaroApp.Reviewer, $"/api/v1/admin/documents/{id}/audit");
        var byImporter = await app.ApproveAsync(ClaroApp.Admin, id, "en");

        Assert.Equal(ImportMode.Review, report.Mode);
        Assert.Equal((2, 4), (report.Documents, report.Items));
        Assert.Contains(report.Skipped, s => s.Contains("step 'Themes'", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.Contains("CommonPart", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, beforeReview.StatusCode);
        var version = Assert.Single(versions.EnumerateArray());
        Assert.Equal(("InReview", ClaroApp.Admin, JsonValueKind.Null), (version.GetProperty("state").GetString(), version.GetProperty("author").GetString(), version.GetProperty("publishedAt").ValueKind));
        Assert.Equal(["Imported", "Imported"], audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.All(audit.EnumerateArray(), e => Assert.Contains("orchard-two-explainers.recipe.json", e.GetProperty("comment").GetString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, byImporter.StatusCode);

        (await app.ApproveAsync(ClaroApp.Reviewer, id, "en")).EnsureSuccessStatusCode();
        (await app.ApproveAsync(ClaroApp.Reviewer, id, "es")).EnsureSuccessStatusCode();
        (await app.PublishAsync(id, ["en", "es"])).EnsureSuccessStatusCode();
        var english = await reader.GetStringAsync("/en/traffic-stops");
        var spanish = await reader.GetStringAsync("/es/paradas-de-trafico");

        Assert.Contains("<link rel=\"alternate\" hreflang=\"es\" href=\"http://localhost/es/paradas-de-trafico\">", english);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en/traffic-stops\">", spanish);
        Assert.Contains("id=\"expect\"", english);
        Assert.Contains("El agente le dice por qué lo detuvo.", spanish);
        Assert.DoesNotContain("<script", spanish);
        Assert.DoesNotContain("onclick", spanish);
        Assert.DoesNotContain("javascript:", spanish);
        Assert.Contains("paradas-de-trafico", await reader.GetStringAsync("/es/search?q=trafico"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/es/quejas")).StatusCode);
    }

    [Fact]
    public async Task A_backup_imported_into_a_site_with_content_publishes_nothing_and_brings_no_audit_trail()
    {
        var json = """
            {
              "name": "Someone's backup",
              "steps": [
                { "name": "ClaroDocuments", "data": [ { "LocalizationSet": "4backupdocumentset00000001", "SourceCulture": "en", "WithdrawnUtc": "2020-01-01T00:00:00Z", "WithdrawnReason": "Old." } ] },
                { "name": "content", "data": [
                  { "ContentItemId": "4backupitemen0000000000001", "ContentItemVersionId": "4backupitemenv10000000001", "ContentType": "PolicyExplainer", "Latest": false, "Published": true,
                    "Author": "someone@elsewhere.org", "TitlePart": { "Title": "Curfew" }, "AutoroutePart": { "Path": "en/backup-curfew" },
                    "LocalizationPart": { "LocalizationSet": "4backupdocumentset00000001", "Culture": "en" }, "MarkdownBodyPart": { "Markdown": "Published elsewhere." },
                    "ClaroVersionPart": { "Number": 1, "State": "Published" } },
                  { "ContentItemId": "4backupitemen0000000000001", "ContentItemVersionId": "4backupitemenv20000000001", "ContentType": "PolicyExplainer", "Latest": true, "Published": false,
                    "Author": "someone@elsewhere.org", "TitlePart": { "Title": "Curfew" }, "AutoroutePart": { "Path": "en/backup-curfew-2" },
                    "LocalizationPart": { "LocalizationSet": "4backupdocumentset00000001", "Culture": "en" }, "MarkdownBodyPart": { "Markdown": "Approved elsewhere." },
                    "ClaroVersionPart": { "Number": 2, "State": "Approved", "ScheduledPublishUtc": "2020-01-02T00:00:00Z" } }
                ] },
                { "name": "ClaroAuditTrail", "data": [
                  { "LocalizationSet": "4940gdnxmvxywykc1m9djk7pnv", "At": "2020-01-01T00:00:00Z", "Actor": "publisher@example.org", "Action": "Unpublished", "Comment": "Not by this site's team." },
                  { "LocalizationSet": "4backupdocumentset00000001", "At": "2020-01-01T00:00:00Z", "Actor": "reviewer2@example.org", "Action": "Approved", "Culture": "en", "Version": 2, "FromState": "InReview", "ToState": "Approved" }
                ] }
              ]
            }
            """;
        var sampleTrail = await app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/documents/{SampleDocument}/audit");

        var report = await ImportAsync(json, "someones-backup.recipe.json");
        var versions = await app.GetJsonAsync(ClaroApp.Reviewer, "/api/v1/admin/documents/4backupdocumentset00000001/en/versions");
        var document = await app.GetJsonAsync(ClaroApp.Reviewer, "/api/v1/admin/documents/4backupdocumentset00000001");
        var trail = await app.GetJsonAsync(ClaroApp.Publisher, "/api/v1/admin/documents/4backupdocumentset00000001/audit");

        Assert.Equal(ImportMode.Review, report.Mode);
        Assert.Contains(report.Skipped, s => s.StartsWith("steps[2]: the audit trail is kept only when a backup is restored into an empty site", StringComparison.Ordinal));
        Assert.Equal([("Superseded", ClaroApp.Admin), ("InReview", ClaroApp.Admin)],
            versions.EnumerateArray().Select(v => (v.GetProperty("state").GetString(), v.GetProperty("author").GetString())));
        Assert.All(versions.EnumerateArray(), v => Assert.Equal(JsonValueKind.Null, v.GetProperty("scheduledAt").ValueKind));
        Assert.Equal(JsonValueKind.Null, document.GetProperty("withdrawnAt").ValueKind);
        Assert.Equal([("Imported", ClaroApp.Admin, 1, "Superseded"), ("Imported", ClaroApp.Admin, 2, "InReview")],
            trail.EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("actor").GetString(), e.GetProperty("version").GetInt32(), e.GetProperty("toState").GetString())));
        Assert.Equal(sampleTrail.ToString(), (await app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/documents/{SampleDocument}/audit")).ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/en/backup-curfew")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync("/en/backup-curfew-2")).StatusCode);
    }

    public static TheoryData<string, string, string> BadRecipes => new()
    {
        { "truncated JSON", "{ \"steps\": [ { \"name\": \"content\", \"data\": [", "not valid JSON" },
        { "no ContentItemId", "steps[3].data[0].ContentItemId", "'ContentItemId' is missing" },
        { "no ContentType", "steps[3].data[1].ContentType", "'ContentType' is missing" },
        { "two items claim one culture", "steps[3].data[1].LocalizationPart.Culture", "both claim the culture 'en'" },
        { "path clashes with an existing page", "steps[3].data[2].AutoroutePart.Path", "already used by a page" },
        { "unknown culture", "steps[3].data[3].LocalizationPart.Culture", "not one of this site's languages" },
        { "joins a document on the site", "steps[3].data[0].LocalizationPart.LocalizationSet", "already on this site; a recipe brings new documents only" },
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
            "joins a document on the site" => OrchardRecipeWith(r => Item(r, 0)["LocalizationPart"]!["LocalizationSet"] = SampleDocument),
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
