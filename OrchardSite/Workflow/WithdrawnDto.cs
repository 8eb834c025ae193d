namespace Claro.Site.Workflow;

/// <summary>When a document was withdrawn from readers, in UTC.</summary>
internal sealed record WithdrawnDto(DateTime WithdrawnAt);
