using Claro.Content;
using Claro.Radio;
using Claro.Reading;
using Claro.Site.Reading;
using Claro.Site.Staff;
using Claro.Storage;
using Claro.Translation;
using Claro.Workflow;
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
        documents.MapPost("/{id}/{culture}/submit", (string id, string culture, HttpContext http, EditorialService editorial, CancellationToken ct) =>
            StepAsync(editorial.SubmitAsync(http.User.ToActor(), id, culture, ct)));
        documents.MapPost("/{id}/{culture}/request-changes", RequestChangesAsync);
        documents.MapPost("/{id}/{culture}/approve", ApproveAsync);
        documents.MapPost("/{id}/{culture}/schedule", ScheduleAsync);
        documents.MapPost("/{id}/publish", PublishAsync);
        documents.MapPost("/{id}/withdraw", WithdrawAsync);
        documents.MapGet("/{id}/{culture}/versions", VersionsAsync);
        documents.MapGet("/{id}/{culture}/diff", DiffAsync);
        documents.MapGet("/{id}/audit", AuditAsync);
        documents.MapGet("/{id}/{culture}/xliff", async (string id, string culture, string? target, XliffService xliff, CancellationToken ct) =>
            ApiResults.From(await xliff.ExportAsync(id, culture, target, ct), file => Results.Text(file, Xliff.MediaType, System.Text.Encoding.UTF8)));
        documents.MapPost("/{id}/{culture}/xliff", async (string id, string culture, HttpContext http, XliffService xliff, CancellationToken ct) =>
        {
            using var file = new MemoryStream();
            await http.Request.Body.CopyToAsync(file, ct);
            file.Position = 0;
            return ApiResults.From(await xliff.ImportAsync(http.User.ToActor(), id, culture, file, ct), version => TypedResults.Ok(new { version }));
        });
        documents.MapGet("/{id}/{culture}/glossary", GlossaryAsync);
        documents.MapGet("/{id}/{culture}/radio", RadioAsync);
        admin.MapPost("/readability", ReadabilityAsync);
    }

    private static async Task<IResult> ListAsync(ClaroDbContext db, CancellationToken ct)
    {
        var documents = await db.Documents.AsNoTracking().WithVersions()
            .OrderBy(d => d.CreatedUtc).ToListAsync(ct);
        return TypedResults.Ok(documents.Select(DocumentDto.From));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, EditorialService editorial, CancellationToken ct)
    {
        return await ApiResults.WithJsonAsync<NewDocument>(http.Request, async input =>
        {
            var created = await editorial.CreateAsync(http.User.ToActor(), input, ct);
            return ApiResults.From(created, id => TypedResults.Created($"/api/v1/admin/documents/{id}", new { id }));
        }, ct);
    }

    private static async Task<IResult> GetAsync(string id, ClaroDbContext db, CancellationToken ct)
    {
        var document = await LoadAsync(db, id, ct);
        return document is null ? NotFound(id) : TypedResults.Ok(DocumentDto.From(document));
    }

    private static async Task<IResult> SaveDraftAsync(string id, string culture, HttpContext http, EditorialService editorial, CancellationToken ct)
    {
        return await ApiResults.WithJsonAsync<DraftInput>(http.Request, async input =>
        {
            var saved = await editorial.SaveDraftAsync(http.User.ToActor(), id, culture, input, ct);
            return ApiResults.From(saved, version => TypedResults.Ok(new { version }));
        }, ct);
    }

    private static async Task<IResult> ApproveAsync(string id, string culture, HttpContext http, EditorialService editorial, CancellationToken ct)
    {
        return await ApiResults.WithJsonAsync<ReviewRequest>(http.Request, input =>
            StepAsync(editorial.ApproveAsync(http.User.ToActor(), id, culture, input.Version, ct)), ct);
    }

    private static async Task<IResult> RequestChangesAsync(string id, string culture, HttpContext http, EditorialService editorial, CancellationToken ct)
    {
        return await ApiResults.WithJsonAsync<ReviewRequest>(http.Request, input =>
            StepAsync(editorial.RequestChangesAsync(http.User.ToActor(), id, culture, input.Version, input.Comment, ct)), ct);
    }

    private static async Task<IResult> ScheduleAsync(string id, string culture, HttpContext http, PublicationSchedule schedule, CancellationToken ct)
    {
        return await ApiResults.WithJsonAsync<ScheduleRequest>(http.Request, async input =>
        {
            if (input.PublishAt is not { } at)
            {
                return ApiResults.Problem(Refusal.Invalid("Send 'publishAt', an ISO-8601 time such as 2026-12-01T14:00:00Z."));
            }

            var scheduled = await schedule.ScheduleAsync(http.User.ToActor(), id, culture, at.UtcDateTime, ct);
            return ApiResults.From(scheduled, when => TypedResults.Ok(new { publishAt = when }));
        }, ct);
    }

    private static async Task<IResult> PublishAsync(string id, HttpContext http, EditorialService editorial, CancellationToken ct)
    {
        return await ApiResults.WithJsonAsync<PublishRequest>(http.Request, async input =>
        {
            var published = await editorial.PublishAsync(http.User.ToActor(), id, input.Cultures, input.AllowOutdatedTranslations, ct);
            return ApiResults.From(published, versions => TypedResults.Ok(new { published = versions }));
        }, ct);
    }

    private static async Task<IResult> WithdrawAsync(string id, HttpContext http, EditorialService editorial, CancellationToken ct)
    {
        return await ApiResults.WithJsonAsync<WithdrawRequest>(http.Request, async input =>
        {
            var withdrawn = await editorial.WithdrawAsync(http.User.ToActor(), id, input.Reason, ct);
            return ApiResults.From(withdrawn, at => TypedResults.Ok(new { withdrawnAt = at }));
        }, ct);
    }

    private static async Task<IResult> VersionsAsync(string id, string culture, ClaroDbContext db, CancellationToken ct)
    {
        var versions = await db.Versions.AsNoTracking()
            .Where(v => v.Item.DocumentId == id && v.Item.Culture == culture.ToLowerInvariant())
            .OrderBy(v => v.Number)
            .ToListAsync(ct);
        if (versions.Count == 0)
        {
            return await db.Documents.AnyAsync(d => d.Id == id, ct)
                ? ApiResults.Problem(Refusal.NotFound($"The document has no '{culture}' version."))
                : NotFound(id);
        }

        return TypedResults.Ok(versions.Select(v => VersionDto.From(v, culture)));
    }

    private static async Task<IResult> DiffAsync(string id, string culture, int? from, int? to, ClaroDbContext db, CancellationToken ct)
    {
        if (from is null || to is null)
        {
            return ApiResults.Problem(Refusal.Invalid("Name the two versions to compare: ?from=1&to=2."));
        }

        var versions = await db.Versions.AsNoTracking()
            .Where(v => v.Item.DocumentId == id && v.Item.Culture == culture.ToLowerInvariant() && (v.Number == from || v.Number == to))
            .ToListAsync(ct);
        var older = versions.Find(v => v.Number == from);
        var newer = versions.Find(v => v.Number == to);
        if (older is null || newer is null)
        {
            return ApiResults.Problem(Refusal.NotFound($"Version {(older is null ? from : to)} of this document in '{culture}' does not exist."));
        }

        return TypedResults.Ok(new { from, to, lines = VersionDiff.Lines(older, newer) });
    }

    private static async Task<IResult> AuditAsync(string id, ClaroDbContext db, CancellationToken ct)
    {
        if (!await db.Documents.AnyAsync(d => d.Id == id, ct))
        {
            return NotFound(id);
        }

        var events = await db.AuditEvents.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Id).ToListAsync(ct);
        return TypedResults.Ok(events.Select(a => new
        {
            at = a.At,
            actor = a.Actor,
            action = a.Action,
            culture = a.Culture,
            version = a.Version,
            fromState = a.FromState?.ToString(),
            toState = a.ToState?.ToString(),
            comment = a.Comment,
        }));
    }

    /// <summary>For those who write (Authors, Translators), and no longer than a body may be: measuring costs the server.</summary>
    private static async Task<IResult> ReadabilityAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HttpContext.User.ToActor().MayWrite())
        {
            return ApiResults.Problem(Refusal.Forbidden("Only an Author or a Translator measures readability: it is part of writing."));
        }

        return await ApiResults.WithJsonAsync<ReadabilityRequest>(request, async input =>
        {
            if ((input.Text?.Length ?? 0) > BodyLimits.MaxLength)
            {
                return ApiResults.Problem(Refusal.OverLimit("text-length", "The text is {0:N0} characters long; the limit is {1:N0}.", input.Text!.Length, BodyLimits.MaxLength));
            }

            var score = Readability.Measure(input.Culture ?? "", input.Text ?? "");
            return score is null
                ? ApiResults.Problem(Refusal.Invalid($"No readability measure is defined for '{input.Culture}'; use 'en' or 'es'."))
                : TypedResults.Ok(score);
        }, ct);
    }

    /// <summary>Where the latest translation renders a key term differently from the glossary: warnings for the reviewer.</summary>
    private static async Task<IResult> GlossaryAsync(string id, string culture, ClaroDbContext db, Glossary glossary, CancellationToken ct)
    {
        var document = await LoadAsync(db, id, ct);
        var translation = document?.ItemIn(culture.ToLowerInvariant())?.Latest;
        if (document is null || translation is null)
        {
            return ApiResults.Problem(Refusal.NotFound($"Document '{id}' has no '{culture}' version."));
        }

        return TypedResults.Ok(glossary.Check(document, translation));
    }

    /// <summary>The published version as a script an officer reads on air.</summary>
    private static async Task<IResult> RadioAsync(
        string id, string culture, RadioScriptService radio, SiteUrls urls, IStringLocalizer<SiteText> strings, CancellationToken ct) =>
        ApiResults.From(await radio.WriteAsync(id, culture, urls.BaseUrl, strings, ct), script => TypedResults.Ok(new
        {
            culture = script.Culture,
            version = script.Version,
            title = script.Title,
            script = script.Script,
            words = script.Words,
            seconds = script.Seconds,
            wordsPerMinute = SpeakingRate.WordsPerMinute(script.Culture),
            link = script.Link,
            spoken = script.Spoken,
        }));

    private static async Task<IResult> StepAsync(Task<Outcome<int>> step)
    {
        var outcome = await step;
        return ApiResults.From(outcome, version => TypedResults.Ok(new { version }));
    }

    internal static Task<Document?> LoadAsync(ClaroDbContext db, string id, CancellationToken ct) =>
        db.Documents.AsNoTracking().WithVersions().SingleOrDefaultAsync(d => d.Id == id, ct);

    private static IResult NotFound(string id) => ApiResults.Problem(Refusal.NotFound($"There is no document with id '{id}'."));

    /// <summary>A reviewer's decision: the version they read, and for a request for changes, what should change.</summary>
    private sealed record ReviewRequest(int? Version, string? Comment);

    private sealed record ScheduleRequest(DateTimeOffset? PublishAt);

    private sealed record PublishRequest(List<string>? Cultures, bool AllowOutdatedTranslations);

    private sealed record WithdrawRequest(string? Reason);

    private sealed record ReadabilityRequest(string? Culture, string? Text);
}

/// <summary>A document as staff see it: every culture with its workflow state and whether it keeps up with its source.</summary>
internal sealed record DocumentDto(string Id, string SourceCulture, string? Title, DateTime? WithdrawnAt, string? WithdrawnReason, IReadOnlyList<CultureDto> Cultures)
{
    public static DocumentDto From(Document document) => new(
        document.Id,
        document.SourceCulture,
        document.Title,
        document.WithdrawnUtc,
        document.WithdrawnReason,
        TranslationStatus.Of(document).Select(s => new CultureDto(s.Culture, s.Slug, s.LatestVersion, s.State.ToString(), s.PublishedVersion, s.SourceVersion, s.Outdated, s.BehindBy)).ToList());
}

internal sealed record CultureDto(string Culture, string Slug, int LatestVersion, string State, int? PublishedVersion, int? SourceVersion, bool Outdated, int BehindBy);

internal sealed record VersionDto(
    string Id, int Number, string State, string Author, DateTime CreatedAt, DateTime? PublishedAt, DateTime? ScheduledAt,
    string Slug, string Title, string Summary, string ChangeNote, int? SourceVersion, string? ReviewComment, ReadabilityScore? Readability)
{
    public static VersionDto From(ContentVersion v, string culture) => new(
        v.Id, v.Number, v.State.ToString(), v.Author, v.CreatedUtc, v.PublishedUtc, v.ScheduledPublishUtc, v.Slug, v.Title, v.Summary,
        v.ChangeNote, v.SourceVersion, v.ReviewComment, Claro.Reading.Readability.MeasureVersion(culture, v.Title, v.Markdown));
}
