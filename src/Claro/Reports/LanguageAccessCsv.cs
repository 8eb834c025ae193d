using System.Globalization;
using CsvHelper;

namespace Claro.Reports;

/// <summary>
/// The report as CSV for a spreadsheet: one row per document and language, with the JSON's field names as headers.
/// Titles are the web team's text: one that starts like a formula is escaped, so a spreadsheet never runs it.
/// </summary>
public static class LanguageAccessCsv
{
    public const string MediaType = "text/csv";

    public static readonly string[] Header =
        ["id", "title", "culture", "firstPublished", "state", "publishedVersion", "daysBehind", "daysMissing", "reviewers", "views"];

    public static async Task WriteAsync(LanguageAccess report, TextWriter output, CancellationToken ct = default)
    {
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        foreach (var document in report.Documents)
        {
            foreach (var culture in document.Cultures)
            {
                csv.WriteField(document.Id);
                csv.WriteField(document.Title);
                csv.WriteField(culture.Culture);
                csv.WriteField(culture.FirstPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(culture.State);
                csv.WriteField(culture.PublishedVersion?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(culture.DaysBehind.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(culture.DaysMissing.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(string.Join(' ', culture.Reviewers));
                csv.WriteField(culture.Views.ToString(CultureInfo.InvariantCulture));
                csv.EndRecord();
            }
        }

        await csv.FlushAsync(ct);
    }
}
