using Claro.Content;
using Claro.Translation;

namespace Claro.Site.Workflow;

/// <summary>A document as staff see it: every culture with its workflow state and whether it keeps up with its source.</summary>
internal sealed record DocumentDto(
    string Id, string SourceCulture, string? Title, DateTime? WithdrawnAt, string? WithdrawnReason, DateTime? WithdrawAt, string? WithdrawAtReason,
    DateOnly? ReviewBy, IReadOnlyList<CultureDto> Cultures)
{
    public static DocumentDto From(Document document) => new(
        document.Id,
        document.SourceCulture,
        document.Title,
        document.WithdrawnUtc,
        document.WithdrawnReason,
        document.WithdrawalScheduledUtc,
        document.WithdrawalScheduledReason,
        document.ReviewBy,
        TranslationStatus.Of(document).Select(s => new CultureDto(s.Culture, s.Slug, s.LatestVersion, s.State.ToString(), s.PublishedVersion, s.SourceVersion, s.Outdated, s.BehindBy)).ToList());
}
