using System.Globalization;
using Claro.Content;
using Claro.Radio;
using Claro.Reading;
using Claro.Site.Reading;
using Claro.Site.Staff;
using Claro.Storage;
using Claro.Translation;
using Claro.Workflow;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Workflow;

/// <summary>The admin API of the contract: documents, drafts and every step of the review workflow.</summary>
internal static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").RequireAuthorization(StaffAccounts.ApiPolicy);
        var documents = admin.MapGroup("/documents");

        documents.MapGet("/", ListAsync);
        documents.MapPost("/", CreateAsync);
        documents.MapGet("/{id}", GetAsync);
        documents.MapPut("/{id}/{culture}/draft", SaveDraftAsync);
        documents.MapPost("/{id}/{culture}/submit", SubmitAsync);
        documents.MapPost("/{id}/{culture}/request-changes", RequestChangesAsync);
        documents.MapPost("/{id}/{culture}/approve", ApproveAsync);
        documents.MapPost("/{id}/{culture}/schedule", ScheduleAsync);
        documents.MapPost("/{id}/publish", PublishAsync);
        documents.MapPost("/{id}/withdraw", WithdrawAsync);
        documents.MapDelete("/{id}/withdraw", async (string id, HttpContext http, EditorialService editorial, CancellationToken ct) =>
            ApiResults.From(await editorial.CancelWithdrawalAsync(http.User.ToActor(), id, ct), at => TypedResults.Ok(new CancelledWithdrawalDto(at))));
        documents.MapPut("/{id}/review-by", SetReviewDateAsync);
        documents.MapGet("/{id}/{culture}/versions", VersionsAsync);
        documents.MapGet("/{id}/{culture}/diff", DiffAsync);
        documents.MapGet("/{id}/audit", AuditAsync);
        documents.MapGet("/{id}/{culture}/xliff", ExportXliffAsync).Produces<string>(contentType: Xliff.MediaType);
        documents.MapPost("/{id}/{culture}/xliff", ImportXliffAsync);
        documents.MapGet("/{id}/{culture}/glossary", GlossaryAsync);
        documents.MapGet("/{id}/{culture}/radio", RadioAsync);
        admin.MapPost("/readability", ReadabilityAsync);
    }

    private static async Task<Ok<IReadOnlyList<DocumentDto>>> ListAsync(ClaroDbContext db, CancellationToken ct)
    {
        var documents = await db.Documents.AsNoTracking().WithVersions()
            .OrderBy(d => d.CreatedUtc).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<DocumentDto>>(documents.ConvertAll(DocumentDto.From));
    }

    private static async Task<Results<Created<NewDocumentDto>, ProblemHttpResult>> CreateAsync(HttpContext http, EditorialService editorial, CancellationToken ct)
    {
        var created = await ApiResults.ReadJsonAsync<NewDocument>(http.Request, ct)
            .ThenAsync(input => editorial.CreateAsync(http.User.ToActor(), input, ct));
        return ApiResults.From(created, id => TypedResults.Created($"/api/v1/admin/documents/{id}", new NewDocumentDto(id)));
    }

    private static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> GetAsync(string id, ClaroDbContext db, CancellationToken ct) =>
        await LoadAsync(db, id, ct) is { } document ? TypedResults.Ok(DocumentDto.From(document)) : NotFound(id);

    private static async Task<Results<Ok<VersionNumberDto>, ProblemHttpResult>> SaveDraftAsync(
        string id, string culture, HttpContext http, EditorialService editorial, CancellationToken ct) =>
        Version(await ApiResults.ReadJsonAsync<DraftInput>(http.Request, ct)
            .ThenAsync(input => editorial.SaveDraftAsync(http.User.ToActor(), id, culture, input, ct)));

    private static async Task<Results<Ok<VersionNumberDto>, ProblemHttpResult>> SubmitAsync(
        string id, string culture, HttpContext http, EditorialService editorial, CancellationToken ct) =>
        Version(await editorial.SubmitAsync(http.User.ToActor(), id, culture, ct));

    private static async Task<Results<Ok<VersionNumberDto>, ProblemHttpResult>> ApproveAsync(
        string id, string culture, HttpContext http, EditorialService editorial, CancellationToken ct) =>
        Version(await ApiResults.ReadJsonAsync<ReviewRequest>(http.Request, ct)
            .ThenAsync(input => editorial.ApproveAsync(http.User.ToActor(), id, culture, input.Version, ct)));

    private static async Task<Results<Ok<VersionNumberDto>, ProblemHttpResult>> RequestChangesAsync(
        string id, string culture, HttpContext http, EditorialService editorial, CancellationToken ct) =>
        Version(await ApiResults.ReadJsonAsync<ReviewRequest>(http.Request, ct)
            .ThenAsync(input => editorial.RequestChangesAsync(http.User.ToActor(), id, culture, input.Version, input.Comment, ct)));

    private static async Task<Results<Ok<ScheduledDto>, ProblemHttpResult>> ScheduleAsync(
        string id, string culture, HttpContext http, PublicationSchedule schedule, CancellationToken ct)
    {
        var scheduled = await ApiResults.ReadJsonAsync<ScheduleRequest>(http.Request, ct).ThenAsync(input => input.PublishAt is { } at
            ? schedule.ScheduleAsync(http.User.ToActor(), id, culture, at.UtcDateTime, ct)
            : Task.FromResult<Outcome<DateTime>>(Refusal.Invalid("Send 'publishAt', an ISO-8601 time such as 2026-12-01T14:00:00Z.")));
        return ApiResults.From(scheduled, when => TypedResults.Ok(new ScheduledDto(when)));
    }

    private static async Task<Results<Ok<PublishedDto>, ProblemHttpResult>> PublishAsync(string id, HttpContext http, EditorialService editorial, CancellationToken ct)
    {
        var published = await ApiResults.ReadJsonAsync<PublishRequest>(http.Request, ct)
            .ThenAsync(input => editorial.PublishAsync(http.User.ToActor(), id, input.Cultures, input.AllowOutdatedTranslations, ct));
        return ApiResults.From(published, versions => TypedResults.Ok(new PublishedDto(versions)));
    }

    /// <summary>Now, or at a future <c>at</c>: then readers see the reason from that moment, and it can be cancelled until then.</summary>
    private static async Task<Results<Ok<WithdrawnDto>, Ok<ScheduledWithdrawalDto>, ProblemHttpResult>> WithdrawAsync(
        string id, HttpContext http, EditorialService editorial, CancellationToken ct)
    {
        var request = await ApiResults.ReadJsonAsync<WithdrawRequest>(http.Request, ct);
        if (request.Refusal is { } unreadable)
        {
            return ApiResults.Problem(unreadable);
        }

        var at = request.Value!.At?.UtcDateTime;
        var withdrawn = await editorial.WithdrawAsync(http.User.ToActor(), id, request.Value.Reason, at, ct);
        if (withdrawn.Refusal is { } refusal)
        {
            return ApiResults.Problem(refusal);
        }

        return at is null ? TypedResults.Ok(new WithdrawnDto(withdrawn.Value)) : TypedResults.Ok(new ScheduledWithdrawalDto(withdrawn.Value));
    }

    private static async Task<Results<Ok<ReviewDateDto>, ProblemHttpResult>> SetReviewDateAsync(string id, HttpContext http, EditorialService editorial, CancellationToken ct)
    {
        var set = await ApiResults.ReadJsonAsync<ReviewByRequest>(http.Request, ct).ThenAsync(input =>
            DateOnly.TryParseExact(input.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? editorial.SetReviewDateAsync(http.User.ToActor(), id, date, ct)
                : Task.FromResult<Outcome<DateOnly>>(Refusal.Invalid($"'{input.Date}' is not a date: send it as YYYY-MM-DD, such as {{ \"date\": \"2027-06-30\" }}.")));
        return ApiResults.From(set, reviewBy => TypedResults.Ok(new ReviewDateDto(reviewBy)));
    }

    private static async Task<Results<Ok<IReadOnlyList<VersionDto>>, ProblemHttpResult>> VersionsAsync(string id, string culture, ClaroDbContext db, CancellationToken ct)
    {
        var versions = await db.Versions.AsNoTracking()
            .Where(v => v.Item.DocumentId == id && v.Item.Culture == culture)
            .OrderBy(v => v.Number)
            .ToListAsync(ct);
        if (versions.Count == 0)
        {
            return await db.Documents.AnyAsync(d => d.Id == id, ct)
                ? ApiResults.Problem(Refusal.NotFound($"The document has no '{culture}' version."))
                : NotFound(id);
        }

        return TypedResults.Ok<IReadOnlyList<VersionDto>>(versions.ConvertAll(v => VersionDto.From(v, culture)));
    }

    private static async Task<Results<Ok<DiffDto>, ProblemHttpResult>> DiffAsync(string id, string culture, int? from, int? to, ClaroDbContext db, CancellationToken ct)
    {
        if (from is null || to is null)
        {
            return ApiResults.Problem(Refusal.Invalid("Name the two versions to compare: ?from=1&to=2."));
        }

        var versions = await db.Versions.AsNoTracking()
            .Where(v => v.Item.DocumentId == id && v.Item.Culture == culture && (v.Number == from || v.Number == to))
            .ToListAsync(ct);
        var older = versions.Find(v => v.Number == from);
        var newer = versions.Find(v => v.Number == to);
        if (older is null || newer is null)
        {
            return ApiResults.Problem(Refusal.NotFound($"Version {(older is null ? from : to)} of this document in '{culture}' does not exist."));
        }

        return TypedResults.Ok(new DiffDto(older.Number, newer.Number, VersionDiff.Lines(older, newer)));
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditEventDto>>, ProblemHttpResult>> AuditAsync(string id, ClaroDbContext db, CancellationToken ct)
    {
        if (!await db.Documents.AnyAsync(d => d.Id == id, ct))
        {
            return NotFound(id);
        }

        var events = await db.AuditEvents.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<AuditEventDto>>(events.ConvertAll(AuditEventDto.From));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ExportXliffAsync(
        string id, string culture, string? target, XliffService xliff, CancellationToken ct) =>
        ApiResults.From(await xliff.ExportAsync(id, culture, target, ct), file => TypedResults.Text(file, Xliff.MediaType, System.Text.Encoding.UTF8));

    /// <summary>The body is the XLIFF file itself; it is read into memory once, since the import reads it more than once.</summary>
    private static async Task<Results<Ok<VersionNumberDto>, ProblemHttpResult>> ImportXliffAsync(
        string id, string culture, HttpContext http, XliffService xliff, CancellationToken ct)
    {
        using var file = new MemoryStream();
        await http.Request.Body.CopyToAsync(file, ct);
        file.Position = 0;
        return Version(await xliff.ImportAsync(http.User.ToActor(), id, culture, file, ct));
    }

    /// <summary>For those who write (Authors, Translators), and no longer than a body may be: measuring costs the server.</summary>
    private static async Task<Results<Ok<ReadabilityScore>, ProblemHttpResult>> ReadabilityAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HttpContext.User.ToActor().MayWrite())
        {
            return ApiResults.Problem(Refusal.Forbidden("Only an Author or a Translator measures readability: it is part of writing."));
        }

        var score = await ApiResults.ReadJsonAsync<ReadabilityRequest>(request, ct).ThenAsync(input => Task.FromResult(Measure(input)));
        return ApiResults.From(score, s => TypedResults.Ok(s));
    }

    private static Outcome<ReadabilityScore> Measure(ReadabilityRequest input)
    {
        if ((input.Text?.Length ?? 0) > BodyLimits.MaxLength)
        {
            return Refusal.OverLimit("text-length", "The text is {0:N0} characters long; the limit is {1:N0}.", input.Text!.Length, BodyLimits.MaxLength);
        }

        return Readability.Measure(input.Culture ?? "", input.Text ?? "") is { } score
            ? score
            : Refusal.Invalid($"No readability measure is defined for '{input.Culture}'; use 'en' or 'es'.");
    }

    /// <summary>Where the latest translation renders a key term differently from the glossary: warnings for the reviewer.</summary>
    private static async Task<Results<Ok<IReadOnlyList<GlossaryWarning>>, ProblemHttpResult>> GlossaryAsync(
        string id, string culture, ClaroDbContext db, Glossary glossary, CancellationToken ct)
    {
        var document = await LoadAsync(db, id, ct);
        var translation = document?.ItemIn(culture)?.Latest;
        if (document is null || translation is null)
        {
            return ApiResults.Problem(Refusal.NotFound($"Document '{id}' has no '{culture}' version."));
        }

        return TypedResults.Ok(glossary.Check(document, translation));
    }

    /// <summary>The published version as a script an officer reads on air.</summary>
    private static async Task<Results<Ok<RadioScriptDto>, ProblemHttpResult>> RadioAsync(
        string id, string culture, RadioScriptService radio, SiteUrls urls, IStringLocalizer<SiteText> strings, CancellationToken ct) =>
        ApiResults.From(await radio.WriteAsync(id, culture, urls.BaseUrl, strings, ct), script => TypedResults.Ok(RadioScriptDto.From(script)));

    private static Results<Ok<VersionNumberDto>, ProblemHttpResult> Version(Outcome<int> outcome) =>
        ApiResults.From(outcome, version => TypedResults.Ok(new VersionNumberDto(version)));

    internal static Task<Document?> LoadAsync(ClaroDbContext db, string id, CancellationToken ct) =>
        db.Documents.AsNoTracking().WithVersions().SingleOrDefaultAsync(d => d.Id == id, ct);

    private static ProblemHttpResult NotFound(string id) => ApiResults.Problem(Refusal.NotFound($"There is no document with id '{id}'."));

    /// <summary>A reviewer's decision: the version they read, and for a request for changes, what should change.</summary>
    private sealed record ReviewRequest(int? Version, string? Comment);

    private sealed record ScheduleRequest(DateTimeOffset? PublishAt);

    private sealed record PublishRequest(List<string>? Cultures, bool AllowOutdatedTranslations);

    private sealed record WithdrawRequest(string? Reason, DateTimeOffset? At);

    private sealed record ReviewByRequest(string? Date);

    private sealed record ReadabilityRequest(string? Culture, string? Text);
}
