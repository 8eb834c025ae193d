using Microsoft.EntityFrameworkCore;

namespace Claro.Storage;

/// <summary>
/// A consistent copy of a running SQLite site. Copying the database file is not one: with write-ahead
/// logging the latest transactions live in <c>claro.db-wal</c>, and a copy taken mid-write can be torn.
/// <c>VACUUM INTO</c> writes the database as one read transaction sees it, compacted, while the site goes on
/// serving and writing.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Writes the backup to <paramref name="file"/> (replaced if it exists), through a temporary file beside it.</summary>
    public static async Task WriteAsync(ClaroDbContext db, string file, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            throw new InvalidOperationException("An online backup file is for SQLite sites; back up a PostgreSQL database with pg_dump.");
        }

        var temporary = file + ".partial";
        File.Delete(temporary);
        await db.Database.ExecuteSqlAsync($"VACUUM INTO {temporary}", ct);
        File.Move(temporary, file, overwrite: true);
    }
}
