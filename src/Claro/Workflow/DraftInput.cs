namespace Claro.Workflow;

/// <summary>
/// A draft save. <see cref="BaseVersion"/> is the version the editor started from (0 for a new
/// translation); a save on top of anything else is refused, so nobody's edit is lost. With
/// <see cref="Submit"/> the new version is also sent to review in the same step: both happen, or neither.
/// </summary>
public sealed record DraftInput(
    string? Slug, string? Title, string? Summary, string? Body, string? ChangeNote, int BaseVersion, int? SourceVersion = null, bool Submit = false);
