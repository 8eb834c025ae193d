namespace Claro.Reports;

/// <param name="Week">The Monday the ISO week starts on.</param>
public sealed record WeeklyViews(DateOnly Week, string Culture, int Views);
