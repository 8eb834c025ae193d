using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Claro.Storage;

/// <summary>Tells a save that lost a race with another change, worth deciding again on fresh data, from any other failure.</summary>
internal static class WriteConflicts
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>
    /// True when another change won: a concurrency token that no longer matched, a unique key the other change took
    /// first, a deadlock or serialization failure PostgreSQL broke, or a SQLite database that stayed locked.
    /// </summary>
    public static bool IsLostRace(this DbUpdateException e) => e switch
    {
        DbUpdateConcurrencyException => true,
        { InnerException: SqliteException sqlite } => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked
            || (sqlite.SqliteErrorCode == SqliteConstraint && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey),
        { InnerException: PostgresException postgres } => postgres.SqlState is PostgresErrorCodes.UniqueViolation
            or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        _ => false,
    };
}
