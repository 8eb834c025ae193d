using Claro.Storage;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Claro.Tests.Storage;

/// <summary>
/// On PostgreSQL the site's statements are prepared once per connection, so that the server does not parse and plan
/// them at every execution; a connection string that turns this off (for a connection pooler that cannot keep
/// prepared statements) is obeyed.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PreparedStatementTests
{
    [PostgresFact]
    public async Task A_query_the_site_repeats_is_prepared_on_its_connection()
    {
        using var site = ClaroApp.OnPostgresDatabase();

        Assert.True(await PreparedAfterRepeatingAsync(site) > 0);
    }

    [PostgresFact]
    public async Task A_connection_string_that_turns_preparing_off_is_obeyed()
    {
        using var first = ClaroApp.OnPostgresDatabase();
        using var site = first.SecondNode(new() { ["ConnectionStrings:Claro"] = first.PostgresConnectionString + ";Max Auto Prepare=0" });

        Assert.Equal(0, await PreparedAfterRepeatingAsync(site));
    }

    private static Task<long> PreparedAfterRepeatingAsync(ClaroApp site) => site.WithDbAsync(async db =>
    {
        await db.Database.OpenConnectionAsync();
        for (var i = 0; i < 10; i++)
        {
            await db.Items.CountAsync(item => item.Culture == "en");
        }

        return await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM pg_prepared_statements").SingleAsync();
    });
}
