using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Claro.Storage;

/// <summary>
/// Whether a database still needs migrations, asked at every start. EF's own
/// <c>GetPendingMigrationsAsync</c> first builds a model of the history table through every
/// convention (the work the compiled model spares the site's own model), about a tenth of a second
/// of CPU on each start; on an up-to-date database one query of the history table answers the same.
/// </summary>
public static class PendingMigrations
{
    /// <summary>
    /// True when a migration of this build is not in the database's history. A history that cannot be
    /// read this way (a new, empty database has no history table) is left to EF to judge.
    /// </summary>
    public static async Task<bool> AnyAsync(DatabaseFacade database, CancellationToken ct = default)
    {
        HashSet<string> applied;
        try
        {
            applied = await AppliedAsync(database, ct);
        }
        catch (DbException)
        {
            return (await database.GetPendingMigrationsAsync(ct)).Any();
        }

        return database.GetMigrations().Any(id => !applied.Contains(id));
    }

    private static Task<HashSet<string>> AppliedAsync(DatabaseFacade database, CancellationToken ct) =>
        database.ReadAsync(async command =>
        {
            // Double quotes name the table and column as EF created them, on SQLite and PostgreSQL alike.
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{ClaroDatabase.MigrationsHistoryTable}\"";
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                applied.Add(reader.GetString(0));
            }

            return applied;
        }, ct);
}
