using Claro.Content;
using Claro.Reading;

namespace Claro.Site.Workflow;

/// <summary>One version of a culture in the admin API's list: its state, who wrote it and when, and how readable it is.</summary>
internal sealed record VersionDto(
    string Id, int Number, string State, string Author, DateTime CreatedAt, DateTime? PublishedAt, DateTime? ScheduledAt,
    string Slug, string Title, string Summary, string ChangeNote, int? SourceVersion, string? ReviewComment, ReadabilityScore? Readability)
{
    public static VersionDto From(ContentVersion v, string culture) => new(
        v.Id, v.Number, v.State.ToString(), v.Author, v.CreatedUtc, v.PublishedUtc, v.ScheduledPublishUtc, v.Slug, v.Title, v.Summary,
        v.ChangeNote, v.SourceVersion, v.ReviewComment, Claro.Reading.Readability.MeasureVersion(culture, v.Title, v.Markdown));
}
