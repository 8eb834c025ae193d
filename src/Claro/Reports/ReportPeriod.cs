using System.Globalization;
using Claro.Workflow;

namespace Claro.Reports;

/// <summary>The period a report covers, from <c>?from=YYYY-MM-DD&amp;to=YYYY-MM-DD</c>, both days included.</summary>
public static class ReportPeriod
{
    /// <summary>The period asked for; the default one (<see cref="LanguageAccessReport.DefaultPeriod"/>) for what is left out.</summary>
    public static Outcome<(DateOnly From, DateOnly To)> Parse(string? from, string? to, DateOnly today)
    {
        var (defaultFrom, defaultTo) = LanguageAccessReport.DefaultPeriod(today);
        var start = Day(from, "from", defaultFrom);
        var end = Day(to, "to", defaultTo);
        if ((start.Refusal ?? end.Refusal) is { } refusal)
        {
            return refusal;
        }

        return (start.Value, end.Value);
    }

    private static Outcome<DateOnly> Day(string? text, string name, DateOnly fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : Refusal.Invalid($"'{name}' must be a date written YYYY-MM-DD, such as {fallback:yyyy-MM-dd}; '{Clip(text)}' is not.");
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
