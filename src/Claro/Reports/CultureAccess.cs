namespace Claro.Reports;

/// <param name="State">Where readers stand today: <c>published</c>, <c>outdated</c> (published, behind its source), <c>withdrawn</c> or <c>notPublished</c>.</param>
/// <param name="DaysBehind">Days of the period its readers saw a translation made from an older source version than the source's readers saw.</param>
/// <param name="DaysMissing">Days of the period the source was published and this language was not.</param>
/// <param name="Reviewers">Who approved the versions its readers saw during the period.</param>
public sealed record CultureAccess(
    string Culture,
    DateOnly? FirstPublished,
    string State,
    int? PublishedVersion,
    double DaysBehind,
    double DaysMissing,
    IReadOnlyList<string> Reviewers,
    int Views);
