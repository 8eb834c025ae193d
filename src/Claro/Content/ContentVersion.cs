namespace Claro.Content;

/// <summary>
/// A numbered version of an item (Orchard Core's <c>ContentItemVersionId</c>). Its text never
/// changes once it has left the draft state, and no version is ever deleted.
/// </summary>
public sealed class ContentVersion
{
    public required string Id { get; init; }

    public required string ItemId { get; init; }

    public Item Item { get; init; } = null!;

    public required int Number { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string Markdown { get; init; }

    /// <summary>The sanitized HTML readers get, rendered once when the version was saved.</summary>
    public required string Html { get; init; }

    public string ChangeNote { get; init; } = "";

    public VersionState State { get; set; }

    /// <summary>Email of the staff member who wrote this version.</summary>
    public required string Author { get; init; }

    public DateTime CreatedUtc { get; init; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>For a translation, the number of the source culture's version it was translated from.</summary>
    public int? SourceVersion { get; init; }

    /// <summary>What a reviewer asked to change, when the version went back to draft.</summary>
    public string? ReviewComment { get; set; }

    /// <summary>When an approved version is to go live by itself.</summary>
    public DateTime? ScheduledPublishUtc { get; set; }

    /// <summary>Four eyes: nobody approves what they wrote themselves.</summary>
    public bool CanBeApprovedBy(string email) =>
        State == VersionState.InReview && !string.Equals(Author, email, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when this translation was made from an older source version than the one readers see.</summary>
    public bool IsBehind(int? publishedSourceVersion) =>
        SourceVersion is { } source && publishedSourceVersion is { } published && source < published;
}

public enum VersionState
{
    Draft,
    InReview,
    Approved,
    Published,
    Superseded,
}
