namespace Claro.Tests.Support;

/// <summary>A test that needs a PostgreSQL server; skipped, saying so, when <c>CLARO_TEST_POSTGRES</c> is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.Server is null)
        {
            Skip = $"Needs a PostgreSQL server: set {TestDatabase.Variable} to a connection string such as \"Host=127.0.0.1;Port=5432;Username=postgres\" (./test.sh starts one and sets it).";
        }
    }
}
