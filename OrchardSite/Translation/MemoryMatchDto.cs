using Claro.Translation;

namespace Claro.Site.Translation;

/// <summary>A remembered translation that matches the text asked about, with how its source differs word by word.</summary>
internal sealed record MemoryMatchDto(string Source, string Target, double Score, string? DocumentId, int? Version, IReadOnlyList<MatchDifferenceDto> Differences)
{
    public static MemoryMatchDto From(MemoryMatch match) => new(
        match.Source, match.Target, match.Score, match.DocumentId, match.Version,
        match.Differences.Select(d => new MatchDifferenceDto(d.Text, d.Change.ToString().ToLowerInvariant())).ToList());
}
