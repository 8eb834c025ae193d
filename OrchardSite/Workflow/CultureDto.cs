namespace Claro.Site.Workflow;

/// <summary>One culture of a document as staff see it: its latest and published versions and how far it lags behind its source.</summary>
internal sealed record CultureDto(string Culture, string Slug, int LatestVersion, string State, int? PublishedVersion, int? SourceVersion, bool Outdated, int BehindBy);
