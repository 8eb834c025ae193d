using Claro.Links;
using Claro.Reading;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Claro.Workflow;

/// <summary>
/// The first listener told of a change readers see: what the site keeps from published pages takes the change (the
/// pages that link to the document are rendered again, the search index takes its new text) before the listeners
/// after it let cached pages go, so a page rendered again carries the new links and a search finds the new text.
/// </summary>
/// <remarks>
/// On PostgreSQL the two run at once, each in a scope of its own with its own connection: they touch different
/// tables, and on a busy node each round trip waits its turn behind readers' work, so waiting for both together
/// is what keeps a publish short. On SQLite they run one after the other, since it takes one writer at a time.
/// </remarks>
public sealed class PublishedPageStores(ClaroDbContext db, IServiceScopeFactory scopes) : IPublicationListener
{
    public async ValueTask DocumentChangedAsync(string documentId, CancellationToken cancellationToken)
    {
        Func<Task>[] refreshes =
        [
            () => InOwnScopeAsync<PageLinks>(links => links.RefreshAsync(documentId, cancellationToken)),
            () => InOwnScopeAsync<ISearchIndex>(search => search.UpdateAsync(documentId, cancellationToken)),
        ];
        if (db.Database.IsNpgsql())
        {
            await Task.WhenAll(refreshes.Select(refresh => refresh()));
            return;
        }

        foreach (var refresh in refreshes)
        {
            await refresh();
        }
    }

    private async Task InOwnScopeAsync<TStore>(Func<TStore, Task> refresh) where TStore : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        await refresh(scope.ServiceProvider.GetRequiredService<TStore>());
    }
}
