using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Claro.Storage;

/// <summary>How each provider is set up, shared by the site and by <c>dotnet ef</c> so that both build the same model.</summary>
public static class ClaroDatabase
{
    /// <summary>Both providers keep their migration history under the same name.</summary>
    public const string MigrationsHistoryTable = "__MigrationsHistory";

    public static DbContextOptionsBuilder UseClaroSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable));

    public static DbContextOptionsBuilder UseClaroPostgres(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable));
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the site.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteClaroDbContext>
{
    public SqliteClaroDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteClaroDbContext>();
        options.UseClaroSqlite("Data Source=design-time.db");
        return new SqliteClaroDbContext(options.Options);
    }
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a server: adding a migration never connects.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresClaroDbContext>
{
    public PostgresClaroDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresClaroDbContext>();
        options.UseClaroPostgres("Host=localhost;Database=claro");
        return new PostgresClaroDbContext(options.Options);
    }
}
