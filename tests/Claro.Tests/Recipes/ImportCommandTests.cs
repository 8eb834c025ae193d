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
        Assert.Contains("--as EMAIL", anonymousOutput);
        Assert.Equal(2, unknownExit);
        Assert.Contains("No staff account has the email nobody@example.org", unknownOutput);
        Assert.True(namedExit == 0, namedOutput);
        Assert.Contains($"waits for review, written by {ClaroApp.Admin}", namedOutput);
        using var after = new ClaroApp(settings, null);
        Assert.Equal(HttpStatusCode.NotFound, (await after.Reader().GetAsync("/en/traffic-stops")).StatusCode);
        var imported = await after.WithDbAsync(db => db.Versions.Where(v => v.Item.DocumentId == "4orchardtrafficstopsset001").Select(v => new { v.State, v.Author }).ToListAsync());
        Assert.Equal(2, imported.Count);
        Assert.All(imported, v => Assert.Equal((VersionState.InReview, ClaroApp.Admin), (v.State, v.Author)));
        Assert.Equal(HttpStatusCode.Forbidden, (await after.ApproveAsync(ClaroApp.Admin, "4orchardtrafficstopsset001", "en")).StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
