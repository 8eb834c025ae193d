namespace Claro.Workflow;

/// <summary>Told after what readers see of a document has changed (a publish or a withdrawal), so caches can let go of it.</summary>
public interface IPublicationListener
{
    ValueTask DocumentChangedAsync(string documentId, CancellationToken cancellationToken);
}
