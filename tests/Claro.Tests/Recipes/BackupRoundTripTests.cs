using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Claro.Content;
using Claro.Recipes;
using Claro.Recipes.Format;
using Claro.Staff;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claro.Tests.Recipes;

/// <summary>A full backup brought into an empty database gives the same site back.</summary>
[Trait("Category", "Database")]
public sealed class BackupRoundTripTests : IDisposable
{
    private readonly ClaroApp _source = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("claro-backup-").FullName;

    private static readonly Actor Operator = Actor.System("operator");

    [Fact]
    public async Task Export_then_import_into_an_empty_database_keeps_ids_versions_states_audit_and_links_and_records_the_restore()
    {
        var id = await BuildHistoryAsync(_source);
        var backup = Path.Combine(_folder, "backup.recipe.json");
        await ExportAsync(_source, backup, ExportKind.FullBackup);

        using var restored = EmptySite();
        var report = await ImportAsync(restored, backup);

        foreach (var path in new[] { "/api/v1/documents?culture=en", "/api/v1/documents?culture=es", "/api/v1/documents/en/round-trip", "/api/v1/documents/es/ida-y-vuelta" })
        {
            Assert.Equal(await _source.Reader().GetStringAsync(path), await restored.Reader().GetStringAsync(path));
        }

        foreach (var path in new[] { $"/api/v1/admin/documents/{id}", $"/api/v1/admin/documents/{id}/en/versions", $"/api/v1/admin/documents/{id}/es/versions", "/api/v1/admin/shortlinks" })
        {
            Assert.Equal((await _source.GetJsonAsync(ClaroApp.Admin, path)).ToString(), (await restored.GetJsonAsync(ClaroApp.Admin, path)).ToString());
        }

        var trail = (await _source.GetJsonAsync(ClaroApp.Admin, $"/api/v1/admin/documents/{id}/audit")).EnumerateArray().Select(e => e.ToString()).ToList();
        var restoredTrail = (await restored.GetJsonAsync(ClaroApp.Admin, $"/api/v1/admin/documents/{id}/audit")).EnumerateArray().ToList();
        Assert.Equal(ImportMode.Restore, report.Mode);
        Assert.Equal(trail, restoredTrail.SkipLast(1).Select(e => e.ToString()));
        Assert.Equal(("Restored", "operator"), (restoredTrail[^1].GetProperty("action").GetString(), restoredTrail[^1].GetProperty("actor").GetString()));
        Assert.Contains("backup.recipe.json", restoredTrail[^1].GetProperty("comment").GetString(), StringComparison.Ordinal);
        Assert.Equal(await _source.Reader().GetStringAsync("/es/ida-y-vuelta"), await restored.Reader().GetStringAsync("/es/ida-y-vuelta"));
    }

    [Fact]
    public async Task A_backup_whose_audit_trail_names_a_document_it_does_not_hold_is_refused_and_nothing_is_restored()
    {
        await BuildHistoryAsync(_source);
        var backup = Path.Combine(_folder, "stray.recipe.json");
        await ExportAsync(_source, backup, ExportKind.FullBackup);
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(backup))!;
        var steps = recipe["steps"]!.AsArray();
        var trailStep = steps.IndexOf(steps.Single(s => s!["name"]!.GetValue<string>() == "ClaroAuditTrail"));
        steps[trailStep]!["data"]![0]!["LocalizationSet"] = "4somebodyelsesdocument0001";
        await File.WriteAllTextAsync(backup, recipe.ToJsonString());

        using var restored = EmptySite();
        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(restored, backup));

        Assert.Equal($"steps[{trailStep}].data[0].LocalizationSet", error.JsonPath);
        Assert.Contains("'4somebodyelsesdocument0001', which this recipe does not hold", error.Reason, StringComparison.Ordinal);
        Assert.False(await restored.WithDbAsync(db => db.Documents.AnyAsync()));
    }

    [Fact]
    public async Task A_posts_old_Orchard_address_survives_a_backup_and_a_backup_naming_a_path_Claro_never_writes_is_refused()
    {
        var posts = await Reading.OrchardAddressTests.ImportBlogAsync(_source);
        var post = posts["community-notes/new-hours-at-the-east-station"];
        await SucceedsAsync(_source.ApproveAsync(ClaroApp.Reviewer, post, "en"));
        await SucceedsAsync(_source.PublishAsync(post, ["en"]));
        var backup = Path.Combine(_folder, "blog-backup.recipe.json");
        await ExportAsync(_source, backup, ExportKind.FullBackup);
        var forged = Path.Combine(_folder, "forged.recipe.json");
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(backup))!;
        var content = recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "content")!;
        var (stepIndex, entries) = (recipe["steps"]!.AsArray().IndexOf(content), content["data"]!.AsArray());
        var entry = entries.First(e => e!["ClaroVersionPart"]?["OrchardPath"] is not null)!;
        entry["ClaroVersionPart"]!["OrchardPath"] = "community-notes/../../Admin";
        await File.WriteAllTextAsync(forged, recipe.ToJsonString());

        using var restored = EmptySite();
        await ImportAsync(restored, backup);
        var redirect = await restored.Reader().GetAsync("/community-notes/new-hours-at-the-east-station");
        using var refused = EmptySite();
        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(refused, forged));

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/en/community-notes-new-hours-at-the-east-station", redirect.Headers.Location?.OriginalString);
        Assert.Equal($"steps[{stepIndex}].data[{entries.IndexOf(entry)}].ClaroVersionPart.OrchardPath", error.JsonPath);
        Assert.Contains("is not a former address as Claro writes one", error.Reason, StringComparison.Ordinal);
        Assert.False(await refused.WithDbAsync(db => db.Documents.AnyAsync()));
    }

    [Fact]
    public async Task Every_field_a_full_backup_writes_reads_back_into_the_recipe_records_and_writes_out_the_same()
    {
        await BuildHistoryAsync(_source);
        var file = Path.Combine(_folder, "fields.recipe.json");
        await ExportAsync(_source, file, ExportKind.FullBackup);
        var text = await File.ReadAllTextAsync(file);
        var json = RecipeJson.Format;

        var recipe = JsonSerializer.Deserialize(text, json.Recipe)!;
        var steps = recipe.Steps!.Select(step => step.GetProperty("name").GetString() switch
        {
            RecipeSteps.Feature => JsonSerializer.SerializeToElement(step.Deserialize(json.FeatureStep), json.FeatureStep),
            RecipeSteps.Settings => JsonSerializer.SerializeToElement(step.Deserialize(json.SettingsStep), json.SettingsStep),
            RecipeSteps.ContentDefinition => JsonSerializer.SerializeToElement(step.Deserialize(json.ContentDefinitionStep), json.ContentDefinitionStep),
            RecipeSteps.Content => JsonSerializer.SerializeToElement(step.Deserialize(json.DataStepContentItem), json.DataStepContentItem),
            RecipeSteps.ClaroDocuments => JsonSerializer.SerializeToElement(step.Deserialize(json.DataStepClaroDocument), json.DataStepClaroDocument),
            RecipeSteps.ClaroShortLinks => JsonSerializer.SerializeToElement(step.Deserialize(json.DataStepClaroShortLink), json.DataStepClaroShortLink),
            RecipeSteps.ClaroAuditTrail => JsonSerializer.SerializeToElement(step.Deserialize(json.DataStepClaroAuditEvent), json.DataStepClaroAuditEvent),
            var other => throw new InvalidOperationException($"The export wrote a step '{other}' that no record reads."),
        }).ToList();
        var items = recipe.Steps!.Single(s => s.GetProperty("name").GetString() == RecipeSteps.Content).Deserialize(json.DataStepContentItem)!.Data!;

        Assert.Equal(7, steps.Count);
        Assert.Equal(text, JsonSerializer.Serialize(recipe with { Steps = steps }, json.Recipe));
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.NotNull(i!.ClaroVersionPart?.State));
        Assert.All(items, i => Assert.Null(i!.OtherParts));
    }

    [Fact]
    public async Task The_Orchard_Core_export_holds_only_published_versions_and_standard_steps()
    {
        await BuildHistoryAsync(_source);
        var file = Path.Combine(_folder, "orchard.recipe.json");
        await ExportAsync(_source, file, ExportKind.OrchardCore);

        using var recipe = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var steps = recipe.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        var items = recipe.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "content").GetProperty("data").EnumerateArray().ToList();

        Assert.Equal(["feature", "settings", "ContentDefinition", "content"], steps);
        Assert.All(items, i => Assert.True(i.GetProperty("Published").GetBoolean()));
        Assert.All(items, i => Assert.False(i.TryGetProperty("ClaroVersionPart", out _)));
        Assert.Equal(12, items.Count);
        Assert.Contains(items, i => i.GetProperty("AutoroutePart").GetProperty("Path").GetString() == "es/ida-y-vuelta");
    }

    [Fact]
    public async Task The_import_command_restores_into_a_missing_database_without_sample_content()
    {
        await BuildHistoryAsync(_source);
        var backup = Path.Combine(_folder, "backup.recipe.json");
        await ExportAsync(_source, backup, ExportKind.FullBackup);
        var database = Path.Combine(_folder, "fresh", "claro.db");

        var (exitCode, output) = await SiteCommand.RunAsync(database, "import", backup);
        var (badExit, badOutput) = await SiteCommand.RunAsync(Path.Combine(_folder, "other", "claro.db"), "import", Path.Combine(AppContext.BaseDirectory, "Recipes", "Samples", "truncated.recipe.json"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("Imported 6 documents", output, StringComparison.Ordinal);
        Assert.Contains("The database was empty: the recipe is restored as it was", output, StringComparison.Ordinal);
        Assert.NotEqual(0, badExit);
        Assert.Contains("truncated.recipe.json: line", badOutput, StringComparison.Ordinal);
        using var restored = new ClaroApp(new() { ["Claro:Database"] = "Sqlite", ["ConnectionStrings:Claro"] = $"Data Source={database}" }, null);
        Assert.Contains("Round trip", await restored.Reader().GetStringAsync("/en/round-trip"), StringComparison.Ordinal);
    }

    /// <summary>
    /// A document with history: two published English versions, a Spanish one, a draft, a review comment, a short link
    /// with hits. Each step must succeed: a refused one would leave both databases agreeing on less.
    /// </summary>
    private static async Task<string> BuildHistoryAsync(ClaroApp app)
    {
        var id = await app.CreateDocumentAsync("round-trip", "First English text.", "Round trip");
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        await SucceedsAsync(app.SaveDraftAsync(ClaroApp.Translator, id, "es", new { slug = "ida-y-vuelta", title = "Ida y vuelta", summary = "Resumen.", body = "Primer texto.", changeNote = "Traducción", baseVersion = 0 }));
        await app.ReviewAndPublishAsync(id, ("es", ClaroApp.Translator));
        await SucceedsAsync(app.SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "round-trip", title = "Round trip", summary = "S.", body = "Second English text.", changeNote = "Second", baseVersion = 1 }));
        await SucceedsAsync(app.StepAsync(ClaroApp.Author, id, "en", "submit"));
        await SucceedsAsync(app.ApproveAsync(ClaroApp.Reviewer, id, "en"));
        await SucceedsAsync(app.PublishAsync(id, ["en"], allowOutdated: true));
        await SucceedsAsync(app.SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "round-trip", title = "Round trip", summary = "S.", body = "Third, a draft.", changeNote = "Third", baseVersion = 2 }));
        await SucceedsAsync(app.StepAsync(ClaroApp.Author, id, "en", "submit"));
        await SucceedsAsync(app.StepAsync(ClaroApp.Reviewer, id, "en", "request-changes", new { version = 3, comment = "Shorter, please." }));
        var publisher = await app.SignInAsync(ClaroApp.Publisher);
        Assert.Equal(HttpStatusCode.Created, (await publisher.PostAsJsonAsync("/api/v1/admin/shortlinks", new { code = "vuelta", documentId = id, culture = "es" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Reader().GetAsync("/s/vuelta")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Reader().GetAsync("/s/inmigracion")).StatusCode);
        return id;
    }

    private static ClaroApp EmptySite() => new(new() { ["Claro:SeedSampleContent"] = "false" }, null);

    private static async Task<ImportReport> ImportAsync(ClaroApp app, string file)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecipeImporter>().ImportFileAsync(file, Operator);
    }

    private static async Task SucceedsAsync(Task<HttpResponseMessage> step)
    {
        var response = await step;
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task ExportAsync(ClaroApp app, string file, ExportKind kind)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var output = File.Create(file);
        await scope.ServiceProvider.GetRequiredService<RecipeExporter>().ExportAsync(output, kind);
    }

    public void Dispose()
    {
        _source.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
