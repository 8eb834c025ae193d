using Claro.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Claro.Tests.Storage;

/// <summary>The <c>backup</c> command copies a running SQLite site consistently, and the copy is the same site.</summary>
public sealed class SqliteBackupTests : IDisposable
{
    private readonly ClaroApp _site = new(new() { ["Claro:Database"] = "Sqlite" }, null);
    private readonly string _folder = Directory.CreateTempSubdirectory("claro-sqlite-backup-").FullName;

    [Fact]
    public async Task A_backup_taken_while_drafts_are_saved_is_whole_and_serves_the_same_site()
    {
        var id = await _site.CreateDocumentAsync("backed-up", "Published words.");
        await _site.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        var page = await _site.Reader().GetStringAsync("/en/backed-up");
        var busy = await _site.CreateDocumentAsync("busy-draft", "Draft 1.");
        using var stop = new CancellationTokenSource();
        var saved = 1;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await _site.SaveDraftAsync(ClaroApp.Author, busy, "en", new { slug = "busy-draft", title = "Busy", summary = "", body = $"Draft {saved + 1}.", changeNote = "", baseVersion = saved });
                saved += response.IsSuccessStatusCode ? 1 : 0;
            }
        });
        var backup = Path.Combine(_folder, "copy.db");

        var (exitCode, output) = await SiteCommand.RunAsync(_site.DatabasePath, "backup", "--out", backup);
        await stop.CancelAsync();
        await writer;

        Assert.True(exitCode == 0, output);
        Assert.Equal("ok", IntegrityCheck(backup));
        using var restored = new ClaroApp(new() { ["Claro:Database"] = "Sqlite", ["ConnectionStrings:Claro"] = $"Data Source={backup}" }, null);
        Assert.Equal(page, await restored.Reader().GetStringAsync("/en/backed-up"));
        var versions = (await restored.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{busy}/en/versions")).GetArrayLength();
        Assert.InRange(versions, 1, saved);
    }

    [Fact]
    public async Task The_backup_command_says_how_to_use_it()
    {
        var (exitCode, output) = await SiteCommand.RunAsync(_site.DatabasePath, "backup");

        Assert.Equal(2, exitCode);
        Assert.Contains("backup --out FILE", output, StringComparison.Ordinal);
    }

    internal static string IntegrityCheck(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        _site.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
