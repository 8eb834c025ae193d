using Claro.Storage;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claro.Tests.Storage;

/// <summary>
/// Requests share database contexts from a pool, so that a workflow step does not build EF's services anew: a context
/// a request left with unsaved changes (a step that failed before it saved) serves a later request with none of them.
/// </summary>
[Trait("Category", "Database")]
public sealed class ContextPoolTests
{
    [Fact]
    public async Task A_context_used_again_saves_nothing_that_the_request_before_left_unsaved()
    {
        using var app = new ClaroApp();
        ClaroDbContext abandoned;
        await using (var request = app.Services.CreateAsyncScope())
        {
            abandoned = request.ServiceProvider.GetRequiredService<ClaroDbContext>();
            var page = await abandoned.Items.OrderBy(i => i.Id).FirstAsync();
            page.Slug = "left-unsaved";
        }

        // The pool hands out its idle contexts in turn: hold enough requests open to be given the abandoned one again.
        var requests = Enumerable.Range(0, 32).Select(_ => app.Services.CreateAsyncScope()).ToList();
        try
        {
            var reused = requests.Select(r => r.ServiceProvider.GetRequiredService<ClaroDbContext>()).SingleOrDefault(c => ReferenceEquals(c, abandoned));
            Assert.NotNull(reused);
            Assert.Empty(reused.ChangeTracker.Entries());
            await reused.SaveChangesAsync();
        }
        finally
        {
            foreach (var request in requests)
            {
                await request.DisposeAsync();
            }
        }

        Assert.False(await app.WithDbAsync(db => db.Items.AnyAsync(i => i.Slug == "left-unsaved")));
    }
}
