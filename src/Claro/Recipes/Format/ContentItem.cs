using System.Text.Json;
using System.Text.Json.Serialization;

namespace Claro.Recipes.Format;

/// <summary>
/// One version of a content item, in the order Orchard Core writes its properties, then one object per part.
/// <c>Published</c> is what readers see, <c>Latest</c> the newest; several entries may share a <c>ContentItemId</c>.
/// </summary>
internal sealed record ContentItem
{
    public string? ContentItemId { get; init; }

    public string? ContentItemVersionId { get; init; }

    public string? ContentType { get; init; }

    public string? DisplayText { get; init; }

    public bool Latest { get; init; }

    public bool Published { get; init; }

    /// <summary>When this version was saved.</summary>
    public DateTime? ModifiedUtc { get; init; }

    /// <remarks>Written as null on a version never published, as Orchard Core writes it.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTime? PublishedUtc { get; init; }

    /// <summary>When the item (its first version) was created.</summary>
    public DateTime? CreatedUtc { get; init; }

    public string? Owner { get; init; }

    public string? Author { get; init; }

    /// <summary>Orchard Core's row number in its own database: read so that it is not reported as an unknown part, never written.</summary>
    public JsonElement? Id { get; init; }

    public TitlePart? TitlePart { get; init; }

    public AutoroutePart? AutoroutePart { get; init; }

    public LocalizationPart? LocalizationPart { get; init; }

    public MarkdownBodyPart? MarkdownBodyPart { get; init; }

    public HtmlBodyPart? HtmlBodyPart { get; init; }

    public ListPart? ListPart { get; init; }

    public ContainedPart? ContainedPart { get; init; }

    /// <summary>Claro's own data about the version; only a full backup writes it.</summary>
    public ClaroVersionPart? ClaroVersionPart { get; init; }

    /// <summary>Every other part (and a type's own fields, in a part named after the type): reported as passed over on import.</summary>
    /// <remarks>Settable, because System.Text.Json fills extension data after it has built the record.</remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherParts { get; set; }
}
