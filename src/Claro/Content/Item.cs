namespace Claro.Content;

/// <summary>
/// A document in one culture: Orchard Core's content item (<c>ContentItemId</c>) with its
/// <c>LocalizationPart.Culture</c>. Its versions are numbered from 1.
/// </summary>
public sealed class Item
{
    public required string Id { get; init; }

    public required string DocumentId { get; init; }

    public Document Document { get; init; } = null!;

    public required string Culture { get; init; }

    /// <summary>The slug readers reach the item by: the published version's, else the latest's.</summary>
    public required string Slug { get; set; }

    /// <summary>The version readers see: the published pointer. Null until the first publication.</summary>
    public string? PublishedVersionId { get; set; }

    public ContentVersion? PublishedVersion { get; set; }

    public int LatestVersionNumber { get; set; }

    public List<ContentVersion> Versions { get; init; } = [];

    public ContentVersion? Latest => Versions.Find(v => v.Number == LatestVersionNumber);

    /// <summary>The version readers see, found among the loaded <see cref="Versions"/>.</summary>
    public ContentVersion? Published => PublishedVersionId is null ? null : Versions.Find(v => v.Id == PublishedVersionId);
}
