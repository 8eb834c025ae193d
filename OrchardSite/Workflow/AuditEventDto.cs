using Claro.Content;

namespace Claro.Site.Workflow;

/// <summary>One event of a document's audit trail; <see cref="Actor"/> is the staff member's email.</summary>
internal sealed record AuditEventDto(
    DateTime At, string Actor, string Action, string? Culture, int? Version, string? FromState, string? ToState, string? Comment)
{
    public static AuditEventDto From(AuditEvent a) =>
        new(a.At, a.Actor, a.Action, a.Culture, a.Version, a.FromState?.ToString(), a.ToState?.ToString(), a.Comment);
}
