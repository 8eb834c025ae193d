using Microsoft.Data.Sqlite;
using Npgsql;

namespace Claro.Storage;

/// <summary>
/// Tells a database that cannot answer just now (stopped, restarting, unreachable, timed out, locked for
/// too long) from a request that is wrong. The first is worth trying again in a moment and is answered
/// 503; it must never pass for a conflict between two editors.
/// </summary>
public static class DatabaseFailure
{
    /// <summary>Seconds a client is told to wait before trying again (<c>Retry-After</c>).</summary>
    public const int RetryAfterSeconds = 15;

    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException npgsql when npgsql.IsTransient:
                case SqliteException { SqliteErrorCode: 5 or 6 }:   // SQLITE_BUSY, SQLITE_LOCKED: still busy after the busy timeout
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }
}
