using Claro.Workflow;

namespace Claro.Reading;

/// <summary>Keeps the search index in step with what readers see: a publish, a withdrawal or an import puts a document's published pages in, or takes them out.</summary>
public sealed class SearchIndexListener(ISearchIndex search) : IPublicationListener
{
    public async ValueTask DocumentChangedAsync(string documentId, CancellationToken cancellationToken) =>
        await search.UpdateAsync(documentId, cancellationToken);
}
