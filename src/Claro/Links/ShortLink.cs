namespace Claro.Links;

/// <summary>A code an officer can say aloud, bound to one document in one culture.</summary>
public sealed class ShortLink
{
    /// <summary>The canonical code: lower case, no accents (<c>Policía</c> → <c>policia</c>).</summary>
    public required string Code { get; init; }

    public required string DocumentId { get; init; }

    public required string Culture { get; init; }

    public DateTime CreatedUtc { get; init; }

    public string CreatedBy { get; init; } = "";

    public List<ShortLinkHit> Hits { get; init; } = [];
}

/// <summary>How many times a short link was followed on one day: a count, nothing about who.</summary>
public sealed class ShortLinkHit
{
    public required string Code { get; init; }

    public DateOnly Day { get; init; }

    public int Count { get; set; }
}
