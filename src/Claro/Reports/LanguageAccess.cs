namespace Claro.Reports;

/// <summary>
/// How well the department served each language over a period: for each published document in each language,
/// when it was first published, where it stands now, how long it lagged its source, who reviewed it and how
/// often it was read; totals per language, and readers per language per week.
/// </summary>
public sealed record LanguageAccess(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<DocumentAccess> Documents,
    IReadOnlyList<LanguageTotal> Totals,
    IReadOnlyList<WeeklyViews> Weeks);
