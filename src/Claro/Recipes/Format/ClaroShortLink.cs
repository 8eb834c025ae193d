namespace Claro.Recipes.Format;

/// <summary>An entry of the <c>ClaroShortLinks</c> step: a short link, the page it leads to and its daily counts.</summary>
internal sealed record ClaroShortLink
{
    public string? Code { get; init; }

    public string? LocalizationSet { get; init; }

    public string? Culture { get; init; }

    public DateTime? CreatedUtc { get; init; }

    public string? CreatedBy { get; init; }

    public IReadOnlyList<ClaroShortLinkHit?>? Hits { get; init; }
}
