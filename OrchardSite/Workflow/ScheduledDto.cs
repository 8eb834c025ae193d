namespace Claro.Site.Workflow;

/// <summary>When an approved version will be published, in UTC.</summary>
internal sealed record ScheduledDto(DateTime PublishAt);
