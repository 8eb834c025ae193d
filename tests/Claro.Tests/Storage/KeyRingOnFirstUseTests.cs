using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Claro.Tests.Storage;

/// <summary>
/// Readers' pages need no data-protection keys: a start leaves the key ring in the database alone, and the first
/// sign-in (or form) reads it, creating the first key on a new database. Reading it at every start cost each start
/// a query of its own, compiled before the first page.
/// </summary>
[Trait("Category", "Database")]
public sealed class KeyRingOnFirstUseTests
{
    [Fact]
    public async Task A_start_and_readers_pages_leave_the_key_ring_unread_until_the_first_sign_in_makes_its_key()
    {
        using var app = new ClaroApp();
        var reader = app.Reader();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await reader.GetAsync("/es/")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await reader.GetAsync("/en/")).StatusCode);

        Assert.Equal(0, await app.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));

        await app.SignInAsync(ClaroApp.Author);
        Assert.Equal(1, await app.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }
}
