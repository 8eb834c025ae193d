using Claro.Staff;

namespace Claro.Content;

/// <summary>An append-only record of who did what to which version, and when.</summary>
public sealed class AuditEvent
{
    public long Id { get; init; }

    public required string DocumentId { get; init; }

    public DateTime At { get; init; }

    /// <summary>Email of the staff member, or the name of the recipe or service that acted.</summary>
    public required string Actor { get; init; }

    public required string Action { get; init; }

    public string? Culture { get; init; }

    public int? Version { get; init; }

    public VersionState? FromState { get; init; }

    public VersionState? ToState { get; init; }

    public string? Comment { get; init; }

    /// <summary>An event of a document; of one of its cultures and versions when those are named.</summary>
    internal static AuditEvent For(
        string documentId, Actor actor, string action, DateTime at, string? culture = null, int? version = null,
        VersionState? from = null, VersionState? to = null, string? comment = null) => new()
    {
        DocumentId = documentId,
        Actor = actor.Email,
        Action = action,
        At = at,
        Culture = culture,
        Version = version,
        FromState = from,
        ToState = to,
        Comment = string.IsNullOrEmpty(comment) ? null : comment,
    };
}
