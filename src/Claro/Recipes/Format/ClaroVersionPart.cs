namespace Claro.Recipes.Format;

/// <summary>What Claro keeps about a version beyond Orchard Core's parts: its number, summary, change note and review state.</summary>
internal sealed record ClaroVersionPart
{
    public int? Number { get; init; }

    public string? Summary { get; init; }

    public string? ChangeNote { get; init; }

    /// <summary>A <see cref="Content.VersionState"/> by name, matched without regard to case.</summary>
    public string? State { get; init; }

    public int? SourceVersion { get; init; }

    public string? ReviewComment { get; init; }

    public DateTime? ScheduledPublishUtc { get; init; }

    /// <summary>The item's former Orchard Core address of several segments, folded (<see cref="Content.Item.OrchardPath"/>).</summary>
    public string? OrchardPath { get; init; }
}
