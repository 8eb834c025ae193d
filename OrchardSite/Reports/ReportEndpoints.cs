using Claro.Reports;
using Claro.Site.Staff;
using Claro.Site.Workflow;
using Microsoft.AspNetCore.Identity;

namespace Claro.Site.Reports;

/// <summary>The language-access report as JSON for programs, and as CSV for spreadsheets.</summary>
internal static class ReportEndpoints
{
    public const string CsvPath = "/admin/reports/language-access.csv";

    public static void MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/admin/reports/language-access", async (string? from, string? to, HttpContext http, LanguageAccessReport report, TimeProvider clock, CancellationToken ct) =>
            ApiResults.From(await BuildAsync(from, to, http, report, clock, ct), TypedResults.Ok))
            .RequireAuthorization(StaffAccounts.ApiPolicy);

        // Staff download it from the report page with their cookie; programs fetch it with their bearer token.
        app.MapGet(CsvPath, async (string? from, string? to, HttpContext http, LanguageAccessReport report, TimeProvider clock, CancellationToken ct) =>
            {
                var built = await BuildAsync(from, to, http, report, clock, ct);
                if (built.Refusal is { Kind: RefusalKind.Invalid })
                {
                    // A download link is followed by a person: the report page says, in their language, what is wrong with the period.
                    return Results.Redirect($"/admin/reports/language-access{http.Request.QueryString}");
                }

                if (built.Refusal is { } refusal)
                {
                    // No body: the staff's error page, in their language, answers with the status.
                    return Results.StatusCode(ApiResults.StatusOf(refusal));
                }

                var access = built.Value!;
                return Results.Stream(async body =>
                {
                    await using var writer = new StreamWriter(body, new System.Text.UTF8Encoding(false));
                    await LanguageAccessCsv.WriteAsync(access, writer, ct);
                }, $"{LanguageAccessCsv.MediaType}; charset=utf-8", $"language-access-{access.From:yyyy-MM-dd}-{access.To:yyyy-MM-dd}.csv");
            })
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme).RequireAuthenticatedUser());
    }

    private static async Task<Outcome<LanguageAccess>> BuildAsync(
        string? from, string? to, HttpContext http, LanguageAccessReport report, TimeProvider clock, CancellationToken ct)
    {
        var period = ReportPeriod.Parse(from, to, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (period.Refusal is { } refusal)
        {
            return refusal;
        }

        return await report.BuildAsync(http.User.ToActor(), period.Value.From, period.Value.To, ct);
    }
}
