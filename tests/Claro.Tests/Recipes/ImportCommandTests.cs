using System.Net;
using Claro.Content;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Claro.Tests.Recipes;

/// <summary>
/// The <c>import</c> command on a database that has content: nothing it brings goes public, and a staff
/// member answers for it. The command runs on SQLite whatever the tests' provider, so this runs once.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claro-import-cmd-").FullName;

    [Fact]
    public async Task Into_a_database_with_content_the_import_command_needs_a_staff_account_and_leaves_every_page_in_review()
    {
        var database = Path.Combine(_folder, "claro.db");
        var settings = new Dictionary<string, string?> { ["Claro:Database"] = "Sqlite", ["ConnectionStrings:Claro"] = $"Data Source={database}" };
        using (var site = new ClaroApp(settings, null))
        {
            // The first start fills the database with the sample site and, in Development, the demo accounts.
            Assert.Equal(HttpStatusCode.OK, (await site.Reader().GetAsync("/en/immigration")).StatusCode);
        }

        var orchard = Path.Combine(AppContext.BaseDirectory, "Recipes", "Samples", "orchard-two-explainers.recipe.json");

        var (anonymousExit, anonymousOutput) = await SiteCommand.RunAsync(database, "import", orchard);
        var (unknownExit, unknownOutput) = await SiteCommand.RunAsync(database, "import", orchard, "--as", "nobody@example.org");
        var (namedExit, namedOutput) = await SiteCommand.RunAsync(database, "import", "--as", ClaroApp.Admin, orchard);

        Assert.Equal(2, anonymousExit);
        Assert.Contains("--as EMAIL", anonymousOutput, StringComparison.Ordinal);
        Assert.Equal(2, unknownExit);
        Assert.Contains("No staff account has the email nobody@example.org", unknownOutput, StringComparison.Ordinal);
        Assert.True(namedExit == 0, namedOutput);
        Assert.Contains($"waits for review, written by {ClaroApp.Admin}", namedOutput, StringComparison.Ordinal);
        using var after = new ClaroApp(settings, null);
        Assert.Equal(HttpStatusCode.NotFound, (await after.Reader().GetAsync("/en/traffic-stops")).StatusCode);
        var imported = await after.WithDbAsync(db => db.Versions.Where(v => v.Item.DocumentId == "4orchardtrafficstopsset001").Select(v => new { v.State, v.Author }).ToListAsync());
        Assert.Equal(2, imported.Count);
        Assert.All(imported, v => Assert.Equal((VersionState.InReview, ClaroApp.Admin), (v.State, v.Author)));
        Assert.Equal(HttpStatusCode.Forbidden, (await after.ApproveAsync(ClaroApp.Admin, "4orchardtrafficstopsset001", "en")).StatusCode);
    }

    [Fact]
    public async Task A_blog_in_one_language_is_restored_published_into_an_empty_database_and_a_recipe_of_no_pages_fails()
    {
        var database = Path.Combine(_folder, "empty.db");
        var furniture = Path.Combine(_folder, "furniture.recipe.json");
        await File.WriteAllTextAsync(furniture, RecipeImportTests.FurnitureOnly());
        var blog = Path.Combine(AppContext.BaseDirectory, "Recipes", "Samples", "orchard-blog.recipe.json");

        var (nothingExit, nothingOutput) = await SiteCommand.RunAsync(database, "import", furniture);
        var (blogExit, blogOutput) = await SiteCommand.RunAsync(database, "import", blog);

        Assert.Equal(1, nothingExit);
        Assert.Contains("Nothing was imported. furniture.recipe.json: steps[1].data: none of the recipe's 3 content items could be imported", nothingOutput, StringComparison.Ordinal);
        Assert.Contains("Skipped: steps[1].data[1]: content type 'Menu' has neither MarkdownBodyPart nor HtmlBodyPart", nothingOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Imported 0", nothingOutput, StringComparison.Ordinal);
        Assert.True(blogExit == 0, blogOutput);
        Assert.Contains("Imported 3 documents, 3 pages, 3 versions", blogOutput, StringComparison.Ordinal);
        Assert.Contains("restored as it was", blogOutput, StringComparison.Ordinal);
        var settings = new Dictionary<string, string?> { ["Claro:Database"] = "Sqlite", ["ConnectionStrings:Claro"] = $"Data Source={database}" };
        using var site = new ClaroApp(settings, null);
        var post = await site.Reader().GetStringAsync("/en/community-notes-new-hours-at-the-east-station");
        Assert.Contains("<strong>until 9 p.m.</strong>", post, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await site.Reader().GetAsync("/en/community-notes")).StatusCode);
        var versions = await site.WithDbAsync(db => db.Versions.Select(v => new { v.State, v.Author }).ToListAsync());
        Assert.Equal(3, versions.Count);
        Assert.All(versions, v => Assert.Equal((VersionState.Published, "admin"), (v.State, v.Author)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
