using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Claro.Tests.Admin;

[Trait("Category", "Database")]
public sealed class TransferPagesTests(AdminPagesApp app) : IClassFixture<AdminPagesApp>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, string fileName, string json)
    {
        var html = await admin.HtmlAsync("/admin/transfers");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(AdminForms.TokenIn(html)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "recipe", fileName);
        return await admin.PostAsync("/admin/transfers?handler=Import", form);
    }

    [Fact]
    public async Task An_administrator_downloads_a_full_backup_as_a_recipe()
    {
        var admin = await app.SignInAsync("admin@example.org");

        var response = await admin.PostFormAsync("/admin/transfers", "/admin/transfers?handler=Download", ("kind", "FullBackup"));
        using var recipe = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var steps = recipe.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("claro-backup-", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Contains("ClaroAuditTrail", steps);
        Assert.Contains("ClaroShortLinks", steps);
    }

    [Fact]
    public async Task An_administrator_downloads_the_database_file_as_a_whole_SQLite_copy_and_nobody_else_can()
    {
        var admin = await app.SignInAsync("admin@example.org");
        var author = await app.SignInAsync(AdminPagesApp.Author);
        var file = Path.Combine(Path.GetTempPath(), $"claro-download-{Guid.NewGuid():N}.db");

        var response = await admin.PostFormAsync("/admin/transfers", "/admin/transfers?handler=Database");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        var refused = await author.PostFormAsync("/admin", "/admin/transfers?handler=Database");

        try
        {
            if (app.OnPostgres)
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);   // pg_dump backs up PostgreSQL
                return;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.sqlite3", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("ok", Claro.Tests.Storage.SqliteBackupTests.IntegrityCheck(file));
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_uploaded_recipe_waits_in_review_written_by_the_administrator_and_a_broken_one_is_refused_with_its_path_in_Spanish()
    {
        var admin = await app.SignInAsync("admin@example.org");
        var orchard = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Recipes", "Samples", "orchard-two-explainers.recipe.json"));

        var imported = await UploadAsync(admin, "orchard.recipe.json", orchard);
        var importedHtml = await imported.Content.ReadAsStringAsync();
        var review = await admin.HtmlAsync("/admin/documents/4orchardcomplaintsset00001/es/review");
        await admin.GetAsync("/admin?ui=es");
        var broken = await UploadAsync(admin, "roto.recipe.json", orchard.Replace("\"ContentType\": \"Article\",", "", StringComparison.Ordinal));
        var brokenHtml = await broken.Content.ReadAsStringAsync();

        Assert.Contains("2 documents, 4 pages", importedHtml, StringComparison.Ordinal);
        Assert.Contains("every imported page waits for review, written by you", importedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/es/quejas")).StatusCode);
        Assert.Contains("You wrote this version: a second person must review it.", review, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Approve", review, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("No se importó nada. roto.recipe.json, en steps[3].data[0].ContentType", brokenHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipe_whose_Markdown_nests_20000_deep_is_refused_at_its_path_and_changes_nothing()
    {
        var admin = await app.SignInAsync("admin@example.org");
        var before = await app.WithDbAsync(db => db.Versions.CountAsync());

        var response = await UploadAsync(admin, "deep.recipe.json", OneItem("4deepquotes0000000000000001", "4deepquotesset000000000001", "en/deep-quotes", string.Concat(Enumerable.Repeat("> ", 20_000)) + "deep"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("deep.recipe.json, at steps[0].data[0].MarkdownBodyPart.Markdown", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Versions.CountAsync()));
    }

    [Fact]
    public async Task A_recipe_reusing_an_existing_documents_id_is_refused_at_its_path_and_changes_nothing()
    {
        var admin = await app.SignInAsync("admin@example.org");
        var existing = await app.WithDbAsync(db => db.Documents.Select(d => d.Id).FirstAsync());
        var before = await app.WithDbAsync(db => db.Versions.CountAsync());

        var response = await UploadAsync(admin, "reused.recipe.json", OneItem("4reusedset0000000000000001", existing, "en/reused-set", "Text."));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reused.recipe.json, at steps[0].data[0].LocalizationPart.LocalizationSet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Versions.CountAsync()));
    }

    /// <summary>A recipe of one published English item, as Orchard Core writes it.</summary>
    private static string OneItem(string itemId, string set, string path, string markdown) => JsonSerializer.Serialize(new
    {
        name = "OneItem",
        steps = new object[]
        {
            new
            {
                name = "Content",
                data = new object[]
                {
                    new
                    {
                        ContentItemId = itemId,
                        ContentType = "Article",
                        DisplayText = "One item",
                        Latest = true,
                        Published = true,
                        TitlePart = new { Title = "One item" },
                        AutoroutePart = new { Path = path },
                        LocalizationPart = new { LocalizationSet = set, Culture = "en" },
                        MarkdownBodyPart = new { Markdown = markdown },
                    },
                },
            },
        },
    });

    [Fact]
    public async Task A_recipe_with_no_page_in_it_is_shown_as_an_error_with_why_each_item_was_passed_over_not_as_a_success()
    {
        var admin = await app.SignInAsync("admin@example.org");

        var response = await UploadAsync(admin, "furniture.recipe.json", Claro.Tests.Recipes.RecipeImportTests.FurnitureOnly());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported. furniture.recipe.json, at steps[1].data: none of the recipe&#x27;s 3 content items could be imported", html, StringComparison.Ordinal);
        Assert.Contains("steps[1].data[2]: content type &#x27;RawHtml&#x27; has neither MarkdownBodyPart nor HtmlBodyPart", html, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"status\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Imported 0", html, StringComparison.Ordinal);

        await admin.GetAsync("/admin?ui=es");
        var spanish = await (await UploadAsync(admin, "furniture.recipe.json", Claro.Tests.Recipes.RecipeImportTests.FurnitureOnly())).Content.ReadAsStringAsync();
        Assert.Contains("No se importó nada. furniture.recipe.json, en steps[1].data", spanish, StringComparison.Ordinal);
        Assert.Contains("Lo que contiene la receta y por qué se omitió cada cosa:", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_administrator_sees_the_transfers()
    {
        var author = await app.SignInAsync(AdminPagesApp.Author);

        var response = await author.GetAsync("/admin/transfers");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
