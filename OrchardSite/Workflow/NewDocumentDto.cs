namespace Claro.Site.Workflow;

/// <summary>The answer to creating a document: its id.</summary>
internal sealed record NewDocumentDto(string Id);
