namespace Claro.Recipes.Format;

/// <summary>An entry of the <c>ClaroAuditTrail</c> step, kept only when a backup is restored into an empty site.</summary>
internal sealed record ClaroAuditEvent
{
    public string? LocalizationSet { get; init; }

    public DateTime? At { get; init; }

    public string? Actor { get; init; }

    public string? Action { get; init; }

    public string? Culture { get; init; }

    public int? Version { get; init; }

    public string? FromState { get; init; }

    public string? ToState { get; init; }

    public string? Comment { get; init; }
}
