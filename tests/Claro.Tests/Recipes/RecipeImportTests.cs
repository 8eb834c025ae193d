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
        var recipe = Parse(text);
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

        Assert.Contains("<link rel=\"alternate\" hreflang=\"es\" href=\"http://localhost/es/paradas-de-trafico\">", english, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/en/traffic-stops\">", spanish, StringComparison.Ordinal);
        Assert.Contains("id=\"expect\"", english, StringComparison.Ordinal);
        Assert.Contains("El agente le dice por qué lo detuvo.", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", spanish, StringComparison.Ordinal);
        Assert.Contains("paradas-de-trafico", await reader.GetStringAsync("/es/search?q=trafico"), StringComparison.Ordinal);
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

    /// <summary>A recipe as Orchard Core writes it, comments and trailing commas allowed, to be edited through its JSON tree.</summary>
    private static JsonObject Parse(string text) =>
        JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();

    private static JsonObject Recipe(string sample) => Parse(File.ReadAllText(Sample(sample)));

    [Fact]
    public async Task An_Orchard_site_in_one_language_imports_each_page_as_a_document_of_its_own_in_the_recipes_default_culture()
    {
        string[] itemIds = ["49g6ma1tt468mywtdcmnnv5zs5", "49hvaas78vpe73cvbb57j0msx3"];

        var report = await ImportAsync(File.ReadAllText(Sample("orchard-one-language.recipe.json")), "orchard-one-language.recipe.json");
        var items = await app.WithDbAsync(db => db.Items.Where(i => itemIds.Contains(i.Id)).OrderBy(i => i.Slug)
            .Select(i => new { i.Id, i.DocumentId, i.Culture, i.Slug, i.Document.SourceCulture }).ToListAsync());
        var versions = await app.WithDbAsync(db => db.Versions.Where(v => itemIds.Contains(v.ItemId)).Select(v => new { v.State, v.Author }).ToListAsync());
        var reader = app.Reader();
        var beforeReview = await reader.GetAsync("/es/sobre-nosotros");

        Assert.Equal(ImportMode.Review, report.Mode);
        Assert.Equal((2, 2), (report.Documents, report.Items));
        Assert.Equal([("sobre-nosotros", "es", "es"), ("sus-derechos", "es", "es")], items.Select(i => (i.Slug, i.Culture, i.SourceCulture)));
        Assert.Equal(report.DocumentIds.Order(), items.Select(i => i.DocumentId).Order());
        Assert.Equal(2, items.Select(i => i.DocumentId).Distinct().Count());
        Assert.All(items, i => Assert.True(i.DocumentId.Length == 26 && !itemIds.Contains(i.DocumentId), i.DocumentId));
        Assert.Contains("steps[1].data[0].Article.Subtitle: field 'Subtitle' of part 'Article' is not one Claro keeps (a page has a title and a body); " +
            "skipped in 2 content items of type 'Article'.", report.Skipped);
        Assert.Contains(report.Skipped, s => s.StartsWith("steps[1].data[2]: content type 'Page' has neither MarkdownBodyPart nor HtmlBodyPart", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.StartsWith("steps[1].data[3]: content type 'Menu' has neither", StringComparison.Ordinal) && s.EndsWith("1 content item skipped.", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.StartsWith("steps[1].data[4]: content type 'RawHtml' has neither", StringComparison.Ordinal));
        Assert.Equal([(VersionState.InReview, ClaroApp.Admin), (VersionState.InReview, ClaroApp.Admin)], versions.Select(v => (v.State, v.Author)));
        Assert.Equal(HttpStatusCode.NotFound, beforeReview.StatusCode);

        foreach (var item in items)
        {
            (await app.ApproveAsync(ClaroApp.Reviewer, item.DocumentId, "es")).EnsureSuccessStatusCode();
            (await app.PublishAsync(item.DocumentId, ["es"])).EnsureSuccessStatusCode();
        }

        var about = await reader.GetStringAsync("/es/sobre-nosotros");
        Assert.Contains("<strong>toda</strong>", about, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", about, StringComparison.Ordinal);
        Assert.Contains("No tiene que contestar preguntas.", await reader.GetStringAsync("/es/sus-derechos"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/en/sobre-nosotros")).StatusCode);
    }

    [Fact]
    public async Task A_blog_imports_as_its_page_and_its_posts_each_at_its_own_path_folded_into_one_slug()
    {
        var report = await ImportAsync(File.ReadAllText(Sample("orchard-blog.recipe.json")), "orchard-blog.recipe.json");
        var pages = await app.WithDbAsync(db => db.Items.Where(i => report.DocumentIds.Contains(i.DocumentId)).OrderBy(i => i.Slug)
            .Select(i => new { i.Culture, i.Slug, i.PublishedVersionId, i.Versions.Single().Title }).ToListAsync());

        Assert.Equal((3, 3), (report.Documents, report.Items));
        Assert.Equal(
            [("en", "community-notes", "Community notes"), ("en", "community-notes-coffee-with-an-officer", "Coffee with an officer"),
             ("en", "community-notes-new-hours-at-the-east-station", "New hours at the east station")],
            pages.Select(p => (p.Culture, p.Slug, p.Title)));
        Assert.All(pages, p => Assert.Null(p.PublishedVersionId));
        Assert.Contains("steps[0].Data[1].ListPart: the list 'Community notes' is imported as a page of its own, and the 2 content items it holds " +
            "as pages of their own, each at its Orchard path made one segment (blog/my-post becomes blog-my-post); once a page is published, " +
            "its Orchard address leads to it with a permanent redirect. The list's page does not list them.", report.Skipped);
        Assert.Equal(
            [("community-notes", null), ("community-notes-coffee-with-an-officer", "community-notes/coffee-with-an-officer"),
             ("community-notes-new-hours-at-the-east-station", "community-notes/new-hours-at-the-east-station")],
            await app.WithDbAsync(db => db.Items.Where(i => report.DocumentIds.Contains(i.DocumentId)).OrderBy(i => i.Slug)
                .Select(i => new ValueTuple<string, string?>(i.Slug, i.OrchardPath)).ToListAsync()));
        Assert.Contains(report.Skipped, s => s.StartsWith("steps[0].Data[2].BlogPost.Subtitle: field 'Subtitle' of part 'BlogPost'", StringComparison.Ordinal) && s.Contains("2 content items", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.StartsWith("steps[0].Data[2].BlogPost.Image: field 'Image' of part 'BlogPost'", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.StartsWith("steps[0].Data[0]: content type 'Menu' has neither", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Skipped, s => s.Contains("ContainedPart", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> SetupRecipes => new()
    {
        { "Orchard Core's setup recipe", "variables.blogContentItemId" },
        { "content exported as a setup recipe", "steps[0].Data[2].Owner" },
        { "a body read from a file beside the recipe", "steps[1].data[1].HtmlBodyPart.Html" },
    };

    [Theory]
    [MemberData(nameof(SetupRecipes))]
    public async Task A_setup_recipe_is_refused_at_its_first_script_and_nothing_is_written(string recipe, string jsonPath)
    {
        var json = recipe switch
        {
            "Orchard Core's setup recipe" => File.ReadAllText(Sample("orchard-setup.recipe.json")),
            "content exported as a setup recipe" => Edited("orchard-blog.recipe.json", r => r["steps"]![0]!["Data"]![2]!["Owner"] = "[js: parameters('AdminUserId')]"),
            _ => Edited("orchard-one-language.recipe.json", r => r["steps"]![1]!["data"]![1]!["HtmlBodyPart"]!["Html"] = "[file:text('Snippets/rights.html')]"),
        };
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(json, "setup.recipe.json"));

        Assert.Equal(jsonPath, error.JsonPath);
        Assert.StartsWith("this is an Orchard Core setup recipe, not an export of a site's content: '[", error.Reason, StringComparison.Ordinal);
        Assert.Contains("Export the site's content instead (in Orchard Core: Deployment → Export", error.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    private static string Edited(string sample, Action<JsonObject> edit)
    {
        var recipe = Recipe(sample);
        edit(recipe);
        return recipe.ToJsonString();
    }

    /// <summary>The site in one language without its two articles: a page built of widgets, a menu and a footer.</summary>
    internal static string FurnitureOnly() =>
        Edited("orchard-one-language.recipe.json", r => r["steps"]![1]!["data"]!.AsArray().RemoveRange(0, 2));

    [Fact]
    public async Task A_recipe_whose_items_are_none_of_them_pages_fails_with_why_each_was_passed_over_and_writes_nothing()
    {
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(FurnitureOnly(), "furniture.recipe.json"));
        var empty = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync("""{ "steps": [ { "name": "Feature", "enable": [] }, { "name": "Themes", "site": "TheTheme" } ] }"""));

        Assert.Equal("steps[1].data", error.JsonPath);
        Assert.Equal("none of the recipe's 3 content items could be imported, so nothing was. Why each was passed over is listed.", error.Reason);
        Assert.Equal(["Page", "Menu", "RawHtml"], error.Skipped.Select(s => s.Split('\'')[1]));
        Assert.Equal("steps", empty.JsonPath);
        Assert.Contains("nothing to import", empty.Reason, StringComparison.Ordinal);
        Assert.Contains(empty.Skipped, s => s.Contains("step 'Themes'", StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync());
    }

    /// <summary>The site in one language with ids and paths of its own, so that it never clashes with what another test imported.</summary>
    private static JsonObject OneLanguageRecipe()
    {
        var text = File.ReadAllText(Sample("orchard-one-language.recipe.json"))
            .Replace("\"4", "\"5", StringComparison.Ordinal)
            .Replace("\"Path\": \"sobre-nosotros\"", "\"Path\": \"otra-vez-sobre-nosotros\"", StringComparison.Ordinal)
            .Replace("\"Path\": \"es-MX/sus-derechos\"", "\"Path\": \"es-MX/otra-vez-sus-derechos\"", StringComparison.Ordinal);
        return Parse(text);
    }

    private static JsonObject OneLanguageItem(JsonObject recipe, int index) => recipe["steps"]![1]!["data"]![index]!.AsObject();

    /// <summary>An older, published version of the first article, before the one the recipe has.</summary>
    private static void AddOlderVersion(JsonObject recipe, Action<JsonObject>? edit = null)
    {
        var older = OneLanguageItem(recipe, 0).DeepClone().AsObject();
        older["ContentItemVersionId"] = "5olderversion0000000000001";
        older["Latest"] = false;
        older["ModifiedUtc"] = "2025-05-01T10:00:00Z";
        older["HtmlBodyPart"]!["Html"] = "<p>La primera versión.</p>";
        edit?.Invoke(older);
        OneLanguageItem(recipe, 0)["Published"] = false;
        recipe["steps"]![1]!["data"]!.AsArray().Insert(1, older);
    }

    [Fact]
    public async Task An_item_without_LocalizationPart_keeps_its_versions_in_one_new_document_wherever_the_settings_step_stands()
    {
        var recipe = OneLanguageRecipe();
        AddOlderVersion(recipe);
        OneLanguageItem(recipe, 2)["AutoroutePart"]!["Path"] = "/es/otra-vez-sus-derechos/";
        var settings = recipe["steps"]![0]!;
        recipe["steps"]!.AsArray().RemoveAt(0);
        recipe["steps"]!.AsArray().Add(settings);

        var report = await ImportAsync(recipe.ToJsonString(), "one-language.recipe.json");
        var items = await app.WithDbAsync(db => db.Items.Where(i => report.DocumentIds.Contains(i.DocumentId)).OrderBy(i => i.Slug)
            .Select(i => new { i.Id, i.DocumentId, i.Culture, i.Slug, Versions = i.Versions.OrderBy(v => v.Number).Select(v => new { v.Number, v.State, v.Html }).ToList() }).ToListAsync());

        Assert.Equal((2, 2, 3), (report.Documents, report.Items, report.Versions));
        Assert.Equal([("otra-vez-sobre-nosotros", "es"), ("otra-vez-sus-derechos", "es")], items.Select(i => (i.Slug, i.Culture)));
        Assert.Equal(2, items.Select(i => i.DocumentId).Distinct().Count());
        Assert.Equal([(1, VersionState.Superseded, "<p>La primera versión.</p>"), (2, VersionState.InReview, "<p>El departamento sirve a <strong>toda</strong> la ciudad.</p>")],
            items[0].Versions.Select(v => (v.Number, v.State, v.Html)));
    }

    public static TheoryData<string, string, string> BadOneLanguageRecipes => new()
    {
        { "a default culture the site lacks", "steps[0].LocalizationSettings.DefaultCulture", "the recipe's default culture 'fr-FR'" },
        { "one version with LocalizationPart, one without", "steps[1].data[1].LocalizationPart", "disagree on its localization set" },
        { "one page's path with the culture prefix, another's without", "steps[1].data[1].AutoroutePart.Path", "the path 'es/otra-vez-sobre-nosotros' is also claimed" },
    };

    [Theory]
    [MemberData(nameof(BadOneLanguageRecipes))]
    public async Task A_one_language_recipe_with_a_problem_is_refused_at_its_JSON_path_and_nothing_is_written(string problem, string jsonPath, string reason)
    {
        var recipe = OneLanguageRecipe();
        switch (problem)
        {
            case "a default culture the site lacks":
                recipe["steps"]![0]!["LocalizationSettings"]!["DefaultCulture"] = "fr-FR";
                break;
            case "one version with LocalizationPart, one without":
                AddOlderVersion(recipe, older => older["LocalizationPart"] = new JsonObject { ["LocalizationSet"] = "5someothersetofitsown00001", ["Culture"] = "es" });
                break;
            default:
                OneLanguageItem(recipe, 1)["AutoroutePart"]!["Path"] = "es-MX/otra-vez-sobre-nosotros";
                break;
        }

        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(recipe.ToJsonString(), "one-language.recipe.json"));

        Assert.Equal(jsonPath, error.JsonPath);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    public static TheoryData<string, string, string> WrongJsonTypes => new()
    {
        { "Latest", "\"yes\"", "'Latest' must be true or false." },
        { "ModifiedUtc", "\"last Tuesday\"", "'ModifiedUtc' must be an ISO-8601 date and time, such as 2026-11-20T15:00:00Z." },
        { "TitlePart", "\"Traffic stops\"", "'TitlePart' must be a JSON object." },
        { "TitlePart.Title", "42", "'Title' must be text in quotes." },
        { "AutoroutePart.Path", "[\"en\", \"traffic-stops\"]", "'Path' must be text in quotes." },
        { "LocalizationPart", "[]", "'LocalizationPart' must be a JSON object." },
        { "LocalizationPart.Culture", "{ \"name\": \"en\" }", "'Culture' must be text in quotes." },
        { "MarkdownBodyPart.Markdown", "true", "'Markdown' must be text in quotes." },
        { "HtmlBodyPart", "\"<p>Hi</p>\"", "'HtmlBodyPart' must be a JSON object." },
        { "ListPart", "1", "'ListPart' must be a JSON object." },
        { "ContainedPart.ListContentItemId", "7", "'ListContentItemId' must be text in quotes." },
        { "ClaroVersionPart.Number", "\"one\"", "'Number' must be a whole number." },
        { "ClaroVersionPart.Number", "3000000000", "'Number' must be a whole number." },
        { "ClaroVersionPart.ScheduledPublishUtc", "\"soon\"", "'ScheduledPublishUtc' must be an ISO-8601 date and time, such as 2026-11-20T15:00:00Z." },
    };

    [Theory]
    [MemberData(nameof(WrongJsonTypes))]
    public async Task A_field_of_the_wrong_JSON_type_is_refused_at_its_path_saying_what_it_should_be_and_nothing_is_written(string field, string value, string reason)
    {
        var json = OrchardRecipeWith(r =>
        {
            var names = field.Split('.');
            var target = names[..^1].Aggregate(Item(r, 0), (node, name) => (node[name] ??= new JsonObject()).AsObject());
            target[names[^1]] = JsonNode.Parse(value);
        });
        var before = await CountsAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(json, "types.recipe.json"));

        Assert.Equal(("steps[3].data[0]." + field, reason), (error.JsonPath, error.Reason));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_step_or_entry_of_the_wrong_JSON_type_is_refused_at_its_path_in_the_spelling_the_file_uses()
    {
        var dataAsObject = Edited("orchard-blog.recipe.json", r => r["steps"]![0]!["Data"] = new JsonObject());
        var entryAsNumber = OrchardRecipeWith(r => r["steps"]![3]!["data"]!.AsArray().Insert(1, 5));
        var hitOnNoDay = OrchardRecipeWith(r => r["steps"]!.AsArray().Add(JsonNode.Parse(
            """{ "name": "ClaroShortLinks", "data": [ { "Code": "paradas", "LocalizationSet": "4badrcpetrafficstopsset001", "Culture": "es", "Hits": [ { "Date": "2026-02-30", "Count": 1 } ] } ] }""")));
        var before = await CountsAsync();

        var data = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(dataAsObject, "blog.recipe.json"));
        var entry = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(entryAsNumber, "entry.recipe.json"));
        var hit = await Assert.ThrowsAsync<RecipeException>(() => ImportAsync(hitOnNoDay, "hits.recipe.json"));

        Assert.Equal(("steps[0].Data", "'Data' must be a JSON array."), (data.JsonPath, data.Reason));
        Assert.Equal(("steps[3].data[1]", "each entry must be a JSON object."), (entry.JsonPath, entry.Reason));
        Assert.Equal(("steps[4].data[0].Hits[0].Date", "'Date' must be a date written as yyyy-MM-dd."), (hit.JsonPath, hit.Reason));
        Assert.Equal(before, await CountsAsync());
    }

    public static TheoryData<string, string, string> BadRecipes => new()
    {
        { "truncated JSON", "{ \"steps\": [ { \"name\": \"content\", \"data\": [", "not valid JSON" },
        { "no ContentItemId", "steps[3].data[0].ContentItemId", "'ContentItemId' is missing" },
        { "no ContentType", "steps[3].data[1].ContentType", "'ContentType' is missing" },
        { "two items claim one culture", "steps[3].data[1].LocalizationPart.Culture", "both claim the culture 'en'" },
        { "path clashes with an existing page", "steps[3].data[2].AutoroutePart.Path", "already used by a page" },
        { "unknown culture", "steps[3].data[3].LocalizationPart.Culture", "not one of the site's languages" },
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
        Assert.StartsWith(problem == "truncated JSON" ? "line " : "steps[", error.JsonPath, StringComparison.Ordinal);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }
}
