namespace Claro.Workflow;

/// <summary>A version a publish moved live.</summary>
public sealed record PublishedVersion(string Culture, int Version);
