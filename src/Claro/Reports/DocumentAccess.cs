namespace Claro.Reports;

public sealed record DocumentAccess(string Id, string Title, IReadOnlyList<CultureAccess> Cultures);
