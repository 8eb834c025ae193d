using Claro.Staff;
using Claro.Workflow;

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

    /// <summary>
    /// The address the item had on the Orchard Core site it was imported from, when that address had several segments
    /// (<c>community-notes/new-hours</c>), folded as <see cref="Content.Slug.FoldPath"/> folds it. Residents and other sites
    /// link to it; a request for it is sent on to the item's own address.
    /// </summary>
    public string? OrchardPath { get; set; }

    /// <summary>The version readers see: the published pointer. Null until the first publication.</summary>
    public string? PublishedVersionId { get; set; }

    public ContentVersion? PublishedVersion { get; set; }

    public int LatestVersionNumber { get; set; }

    public List<ContentVersion> Versions { get; init; } = [];

    public ContentVersion? Latest => Versions.Find(v => v.Number == LatestVersionNumber);

    /// <summary>The version readers see, found among the loaded <see cref="Versions"/>.</summary>
    public ContentVersion? Published => PublishedVersionId is null ? null : Versions.Find(v => v.Id == PublishedVersionId);

    /// <summary>Adds the next version as a draft. An item nobody reads yet takes the new version's slug.</summary>
    internal ContentVersion AddDraft(VersionText text, Actor actor, DateTime now, int? sourceVersion)
    {
        if (PublishedVersionId is null)
        {
            Slug = text.Slug;
        }

        var version = new ContentVersion
        {
            Id = OrchardId.New(),
            ItemId = Id,
            Item = this,
            Number = LatestVersionNumber + 1,
            Slug = text.Slug,
            Title = text.Title,
            Summary = text.Summary,
            Markdown = text.Body,
            Html = MarkdownRenderer.ToHtml(text.Body),
            ChangeNote = text.ChangeNote,
            State = VersionState.Draft,
            Author = actor.Email,
            CreatedUtc = now,
            SourceVersion = sourceVersion,
        };
        Versions.Add(version);
        LatestVersionNumber = version.Number;
        return version;
    }

    /// <summary>Moves the published pointer to an approved version of this item; the version readers saw until now is superseded.</summary>
    internal IReadOnlyList<AuditEvent> Publish(ContentVersion version, Actor actor, DateTime now)
    {
        var audit = new List<AuditEvent>();
        if (Published is { } previous)
        {
            audit.Add(previous.MoveTo(VersionState.Superseded, AuditActions.Superseded, actor, now));
        }

        version.PublishedUtc = now;
        version.ScheduledPublishUtc = null;
        audit.Add(version.MoveTo(VersionState.Published, AuditActions.Published, actor, now, version.ChangeNote));
        PublishedVersionId = version.Id;
        PublishedVersion = version;
        Slug = version.Slug;
        return audit;
    }
}
