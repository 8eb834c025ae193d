using Npgsql;

namespace Claro.Tests.Support;

/// <summary>
/// A throwaway database on the PostgreSQL server that <c>CLARO_TEST_POSTGRES</c> names (a connection
/// string without a database, such as <c>Host=127.0.0.1;Port=5433;Username=postgres</c>; test.sh starts
/// one). Each test class gets its own, so classes can run side by side.
/// </summary>
internal sealed class TestDatabase
{
    public const string Variable = "CLARO_TEST_POSTGRES";

    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public string Name { get; }

    public string ConnectionString { get; }

    public static TestDatabase Create()
    {
        var server = Server ?? throw new InvalidOperationException($"{Variable} is not set.");
        var name = $"claro_test_{Guid.NewGuid():N}";
        Execute(server, $"CREATE DATABASE {name}");
        return new TestDatabase(name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
    }

    /// <summary>Drops the database, closing what the site's pool and its listener still hold open.</summary>
    public void Drop()
    {
        NpgsqlConnection.ClearAllPools();
        Execute(Server!, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
