using Claro.Content;
using Claro.Site.Staff;
using Claro.Site.Workflow;
using Claro.Translation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Claro.Site.Translation;

/// <summary>The translation memory in the admin API: look a sentence up, and move the memory in and out as TMX 1.4b.</summary>
internal static class TranslationMemoryEndpoints
{
    public static void MapTranslationMemory(this IEndpointRouteBuilder app)
    {
        var memory = app.MapGroup("/api/v1/admin").RequireAuthorization(StaffAccounts.ApiPolicy);
        memory.MapGet("/translation-memory", LookUpAsync);
        memory.MapGet("/translation-memory.tmx", ExportAsync).Produces<string>(contentType: Tmx.MediaType);
        memory.MapPost("/translation-memory.tmx", ImportAsync);
    }

    private static async Task<Results<Ok<IReadOnlyList<MemoryMatchDto>>, ProblemHttpResult>> LookUpAsync(
        string? source, string? target, string? text, TranslationMemory tm, CancellationToken ct) =>
        ApiResults.From(await tm.LookUpAsync(source, target, text, ct),
            matches => TypedResults.Ok<IReadOnlyList<MemoryMatchDto>>(matches.Select(MemoryMatchDto.From).ToList()));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string? source, string? target, TranslationMemory tm, CancellationToken ct) =>
        ApiResults.From(await tm.ExportTmxAsync(source, target, ct), tmx => TypedResults.File(
            System.Text.Encoding.UTF8.GetBytes(tmx), Tmx.MediaType, $"claro-{CultureNames.Normalize(source!)}-{CultureNames.Normalize(target!)}.tmx"));

    private static async Task<Results<Ok<TmxImported>, ProblemHttpResult>> ImportAsync(
        string? source, string? target, HttpContext http, TranslationMemory tm, CancellationToken ct)
    {
        if (await ReadLimitedAsync(http.Request, Tmx.MaxBytes, ct) is not { } file)
        {
            return ApiResults.Problem(Refusal.Invalid($"The file is larger than {Tmx.MaxBytes / (1024 * 1024)} MB; split it by language pair or by date."));
        }

        using (file)
        {
            return ApiResults.From(await tm.ImportTmxAsync(http.User.ToActor(), source, target, file, ct), imported => TypedResults.Ok(imported));
        }
    }

    /// <summary>The request body in memory, or null when it is longer than <paramref name="limit"/> bytes: nothing past the limit is kept.</summary>
    private static async Task<MemoryStream?> ReadLimitedAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var file = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            if (file.Length + read > limit)
            {
                await file.DisposeAsync();
                return null;
            }

            file.Write(buffer, 0, read);
        }

        file.Position = 0;
        return file;
    }
}
