using Claro.Content;

namespace Claro.Tests.Support;

/// <summary>
/// Builds a document and its versions in memory, wired the way EF Core loads them
/// (each version points at its item, the published pointer names a loaded version), so
/// that the rules that read them can be tested without a database.
/// </summary>
internal sealed class DocumentBuilder(string sourceCulture = "en")
{
    public const string Author = "author@kcpd.org";

    private readonly Document document = new() { Id = "doc-1", SourceCulture = sourceCulture };

    /// <summary>Adds version <paramref name="number"/> of a culture; a Published one becomes the item's published version.</summary>
    public DocumentBuilder Version(string culture, int number, VersionState state, int? sourceVersion = null)
    {
        var item = document.ItemIn(culture) ?? AddItem(culture);
        var version = NewVersion(item, number, state, sourceVersion: sourceVersion);
        item.Versions.Add(version);
        item.LatestVersionNumber = Math.Max(item.LatestVersionNumber, number);
        if (state == VersionState.Published)
        {
            item.PublishedVersionId = version.Id;
        }

        return this;
    }

    public Document Build() => document;

    public static ContentVersion NewVersion(Item? item = null, int number = 1, VersionState state = VersionState.Draft, string author = Author, int? sourceVersion = null)
    {
        item ??= new Item { Id = "item-en", DocumentId = "doc-1", Culture = "en", Slug = "page" };
        return new ContentVersion
        {
            Id = $"{item.Id}-v{number}",
            ItemId = item.Id,
            Item = item,
            Number = number,
            Slug = item.Slug,
            Title = $"Version {number}",
            Summary = "",
            Markdown = "",
            Html = "",
            Author = author,
            State = state,
            SourceVersion = sourceVersion,
        };
    }

    private Item AddItem(string culture)
    {
        var item = new Item { Id = $"item-{culture}", DocumentId = document.Id, Document = document, Culture = culture, Slug = $"page-{culture}" };
        document.Items.Add(item);
        return item;
    }
}
