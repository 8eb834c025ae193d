namespace Claro.Content;

/// <summary>
/// One policy explainer in all its languages: Orchard Core's localization set.
/// Its <see cref="Id"/> is the <c>LocalizationSet</c> shared by every translation.
/// </summary>
public sealed class Document
{
    public required string Id { get; init; }

    /// <summary>The culture translations are made from.</summary>
    public required string SourceCulture { get; init; }

    public DateTime CreatedUtc { get; init; }

    /// <summary>Set when a publisher took the document off the site; readers get 410 with the reason.</summary>
    public DateTime? WithdrawnUtc { get; set; }

    public string? WithdrawnReason { get; set; }

    public List<Item> Items { get; init; } = [];

    public bool IsWithdrawn => WithdrawnUtc is not null;

    public Item? ItemIn(string culture) => Items.Find(i => i.Culture == culture);
}
