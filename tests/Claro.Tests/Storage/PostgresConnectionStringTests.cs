using Claro.Site.Storage;
using Npgsql;

namespace Claro.Tests.Storage;

/// <summary>
/// What the site adds to a PostgreSQL connection string, unless it sets its own: time limits, so that a database that
/// does not answer turns into a quick 503 instead of a request that hangs, and statements prepared per connection.
/// </summary>
public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void A_connection_string_without_them_gets_time_limits_and_prepared_statements()
    {
        var settings = new NpgsqlConnectionStringBuilder(StorageSetup.PostgresConnectionString("Host=db;Database=claro;Username=claro"));

        Assert.Equal(5, settings.Timeout);
        Assert.Equal(15, settings.CommandTimeout);
        Assert.Equal(64, settings.MaxAutoPrepare);
        Assert.Equal("db", settings.Host);
    }

    [Theory]
    [InlineData("Host=db;Timeout=30;Command Timeout=60;Max Auto Prepare=0")]
    [InlineData("Host=db;timeout=30;CommandTimeout=60;MaxAutoPrepare=0")]
    public void Values_the_department_set_are_kept_however_the_keywords_are_written(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(StorageSetup.PostgresConnectionString(connectionString));

        Assert.Equal(30, settings.Timeout);
        Assert.Equal(60, settings.CommandTimeout);
        Assert.Equal(0, settings.MaxAutoPrepare);
    }
}
