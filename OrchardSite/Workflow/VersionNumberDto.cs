namespace Claro.Site.Workflow;

/// <summary>The version a workflow step saved or moved: the answer to a draft, a submission, a review and an XLIFF import.</summary>
internal sealed record VersionNumberDto(int Version);
