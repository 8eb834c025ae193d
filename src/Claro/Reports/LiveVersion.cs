namespace Claro.Reports;

/// <summary>A version readers could see from <paramref name="From"/>: its number, and for a translation the source version it was made from.</summary>
internal sealed record LiveVersion(DateTime From, int Number, int? SourceVersion);
