using System.Net.Sockets;
using Claro.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Claro.Tests.Storage;

public sealed class DatabaseFailureTests
{
    public static TheoryData<string, Exception, bool> Failures => new()
    {
        { "server gone", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)), true },
        { "server shutting down", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"), true },
        { "command timed out", new NpgsqlException("Exception while reading from stream", new TimeoutException()), true },
        { "SQLite still busy", new SqliteException("database is locked", 5), true },
        { "save failed on a lost connection", new DbUpdateException("An error occurred while saving", new NpgsqlException("reading", new IOException("reset"))), true },
        { "two editors at once", new DbUpdateException("An error occurred while saving", new PostgresException("duplicate key", "ERROR", "ERROR", "23505")), false },
        { "SQLite constraint", new DbUpdateException("An error occurred while saving", new SqliteException("UNIQUE constraint failed", 19)), false },
        { "a bug", new InvalidOperationException("Sequence contains no elements"), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_database_that_cannot_answer_is_told_from_a_refused_change(string what, Exception exception, bool unavailable) =>
        Assert.True(DatabaseFailure.IsUnavailable(exception) == unavailable, what);
}
