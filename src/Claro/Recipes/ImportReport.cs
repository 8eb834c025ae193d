namespace Claro.Recipes;

/// <summary>What an import brought in, how, and what it passed over (unknown steps and parts), so nothing is lost silently.</summary>
public sealed record ImportReport(
    ImportMode Mode, IReadOnlyList<string> DocumentIds, int Documents, int Items, int Versions, int ShortLinks, int AuditEvents, IReadOnlyList<string> Skipped);
