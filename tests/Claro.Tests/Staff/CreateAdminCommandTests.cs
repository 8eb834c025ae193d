using System.Net;
using System.Net.Http.Json;
using Claro.Tests.Support;

namespace Claro.Tests.Staff;

/// <summary>Outside Development no account exists until an operator creates an administrator.</summary>
public sealed class CreateAdminCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claro-admin-cmd-").FullName;

    [Fact]
    public async Task Create_admin_reads_the_password_from_standard_input_and_the_account_can_sign_in()
    {
        var database = Path.Combine(_folder, "claro.db");

        var (weakExit, weakOutput) = await SiteCommand.RunWithInputAsync(database, "short", "create-admin", "--email", "chief@example.org");
        var (exitCode, output) = await SiteCommand.RunWithInputAsync(database, "a long and careful Passphrase-1", "create-admin", "--email", "chief@example.org");
        using var site = new ClaroApp(new() { ["Claro:Database"] = "Sqlite", ["ConnectionStrings:Claro"] = $"Data Source={database}" }, null);
        var login = await site.Reader().PostAsJsonAsync("/api/v1/account/login", new { email = "chief@example.org", password = "a long and careful Passphrase-1" });
        var demo = await site.Reader().PostAsJsonAsync("/api/v1/account/login", new { email = "author@example.org", password = ClaroApp.Password });

        Assert.NotEqual(0, weakExit);
        Assert.Contains("Could not create chief@example.org", weakOutput, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.Contains("Created the administrator chief@example.org", output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);
    }

    [Fact]
    public async Task The_READMEs_example_passphrase_is_accepted_and_a_common_long_password_is_not()
    {
        var database = Path.Combine(_folder, "readme.db");

        var (readmeExit, readmeOutput) = await SiteCommand.RunWithInputAsync(database, "a long passphrase", "create-admin", "--email", "you@example.org");
        var (commonExit, commonOutput) = await SiteCommand.RunWithInputAsync(database, "passwordpassword", "create-admin", "--email", "other@example.org");

        Assert.Equal(0, readmeExit);
        Assert.Contains("Created the administrator you@example.org", readmeOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, commonExit);
        Assert.Contains("people choose most", commonOutput, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
