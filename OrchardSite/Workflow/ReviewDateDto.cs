namespace Claro.Site.Workflow;

/// <summary>The date by which a document is to be read again, as <c>YYYY-MM-DD</c>.</summary>
internal sealed record ReviewDateDto(DateOnly ReviewBy);
