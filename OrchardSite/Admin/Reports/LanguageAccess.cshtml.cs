using System.Globalization;
using System.Xml.Linq;
using Claro.Reports;
using Claro.Site.Reports;
using Claro.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Site.Admin.Reports;

/// <summary>
/// <c>/admin/reports/language-access</c>: how each language was served over a period, as tables, two charts drawn
/// on the server, and a CSV download; the period is chosen with a plain GET form.
/// </summary>
internal sealed class LanguageAccessModel(LanguageAccessReport report, TimeProvider clock, IOptions<ClaroOptions> options, IStringLocalizer<SiteText> text) : AdminPageModel
{
    internal LanguageAccess? Report { get; private set; }

    internal string From { get; private set; } = "";

    internal string To { get; private set; } = "";

    internal IReadOnlyList<string> Cultures => options.Value.Cultures;

    internal string CsvHref => $"{ReportEndpoints.CsvPath}?from={From}&to={To}";

    internal XElement? WeeklyChart { get; private set; }

    internal XElement? BehindChart { get; private set; }

    /// <summary>Each document's translations that were behind their source in the period, with how many days: the second chart's bars.</summary>
    public IReadOnlyList<(string Label, double Days)> Behind { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? from, string? to, CancellationToken ct)
    {
        if (!Actor.MaySeeReports())
        {
            return Forbid();
        }

        Title = text["Language access"];
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (defaultFrom, defaultTo) = LanguageAccessReport.DefaultPeriod(today);
        (From, To) = (from ?? defaultFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to ?? defaultTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var period = ReportPeriod.Parse(from, to, today);
        if (period.Refusal is { } invalid)
        {
            return Refused(invalid);
        }

        var built = await report.BuildAsync(Actor, period.Value.From, period.Value.To, ct);
        if (built.Refusal is { } refusal)
        {
            return Refused(refusal);
        }

        Report = built.Value!;
        Draw(Report);
        return Page();
    }

    /// <summary>A language's name, as the tables and charts show it.</summary>
    public static string Language(string culture) => AdminText.Culture(culture);

    public static string Days(double days) => days.ToString("0.#", CultureInfo.CurrentCulture);

    private void Draw(LanguageAccess access)
    {
        var culture = CultureInfo.CurrentCulture;
        var weeks = access.Weeks.Select(w => w.Week).Distinct().ToList();
        var views = access.Weeks.ToDictionary(w => (w.Week, w.Culture), w => w.Views);
        WeeklyChart = SvgChart.Columns("views-chart",
            text["Readers per language per week"],
            text["Page views in each week of the period, one bar per language. The table below the chart gives the same figures."],
            weeks.Select(w => w.ToString("d MMM", culture)).ToList(),
            Cultures.Select(Language).ToList(),
            (g, s) => views.GetValueOrDefault((weeks[g], Cultures[s])),
            culture);
        Behind = access.Documents
            .SelectMany(d => d.Cultures.Where(c => c.DaysBehind > 0).Select(c => ($"{d.Title} ({Language(c.Culture)})", c.DaysBehind)))
            .OrderByDescending(b => b.DaysBehind).ThenBy(b => b.Item1, StringComparer.CurrentCulture).ToList();
        BehindChart = SvgChart.Bars("behind-chart",
            text["Days each translation was behind its source"],
            text["One bar per document and language that was behind its source during the period, longest first. The table below the chart gives the same figures."],
            Behind,
            culture);
    }
}
