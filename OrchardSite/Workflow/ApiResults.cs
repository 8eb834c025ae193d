using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Claro.Site.Workflow;

/// <summary>Turns the library's refusals and unreadable request bodies into RFC 9457 problem responses.</summary>
internal static class ApiResults
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A refusal as problem+json; one past a documented limit names it in <c>limit</c> (such as <c>body-length</c>).</summary>
    public static ProblemHttpResult Problem(Refusal refusal) => TypedResults.Problem(
        title: refusal.Title,
        detail: refusal.Detail,
        statusCode: StatusOf(refusal),
        extensions: refusal.Limit is { } limit ? new Dictionary<string, object?> { ["limit"] = limit } : null);

    /// <summary>The HTTP status of a refusal, for the API and the staff pages alike.</summary>
    public static int StatusOf(Refusal refusal) => refusal.Kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>The answer to an outcome: <paramref name="onSuccess"/> of its value, or its refusal as a problem.</summary>
    public static Results<TResult, ProblemHttpResult> From<T, TResult>(Outcome<T> outcome, Func<T, TResult> onSuccess)
        where TResult : IResult =>
        outcome.Refusal is { } refusal ? Problem(refusal) : onSuccess(outcome.Value!);

    /// <summary>The next step with the value of the first, or the first one's refusal: a request body read, then acted on.</summary>
    public static async Task<Outcome<TNext>> ThenAsync<T, TNext>(this Task<Outcome<T>> first, Func<T, Task<Outcome<TNext>>> next)
    {
        var outcome = await first;
        return outcome.Refusal is { } refusal ? refusal : await next(outcome.Value!);
    }

    /// <summary>Reads a JSON body, or explains in plain words what is wrong with it.</summary>
    public static async Task<Outcome<T>> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return Refusal.Invalid("Send the body as JSON, with the header Content-Type: application/json.");
        }

        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, Json, ct);
            return body is null ? Refusal.Invalid("The body is empty; send a JSON object.") : body;
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : "";
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" at {e.Path}";
            return Refusal.Invalid($"The body is not valid JSON for this request{field}{where}: check quotes, commas and value types.");
        }
    }
}
