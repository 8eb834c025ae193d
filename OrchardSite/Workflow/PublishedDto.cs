using Claro.Workflow;

namespace Claro.Site.Workflow;

/// <summary>The versions one publication made public, one per culture.</summary>
internal sealed record PublishedDto(IReadOnlyList<PublishedVersion> Published);
