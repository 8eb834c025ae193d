namespace Claro.Workflow;

/// <summary>What an author sends to start a document.</summary>
public sealed record NewDocument(string? Culture, string? Slug, string? Title, string? Summary, string? Body);
