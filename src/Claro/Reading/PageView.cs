namespace Claro.Reading;

/// <summary>How many times one page, in one language, was read on one day: a count, nothing about who.</summary>
public sealed class PageView
{
    public required string DocumentId { get; init; }

    public required string Culture { get; init; }

    public DateOnly Day { get; init; }

    public int Count { get; set; }
}
