namespace Claro.Reports;

public sealed record LanguageTotal(string Culture, int Views, double DaysBehind, double DaysMissing);
