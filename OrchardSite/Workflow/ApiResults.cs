using System.Text.Json;
using Claro.Workflow;

namespace Claro.Site.Workflow;

/// <summary>Turns the library's refusals and unreadable request bodies into RFC 9457 problem responses.</summary>
internal static class ApiResults
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A refusal as problem+json; one past a documented limit names it in <c>limit</c> (such as <c>body-length</c>).</summary>
    public static IResult Problem(Refusal refusal) => TypedResults.Problem(
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

    public static IResult From<T>(Outcome<T> outcome, Func<T, IResult> onSuccess) =>
        outcome.Refusal is { } refusal ? Problem(refusal) : onSuccess(outcome.Value!);

    /// <summary>Hands a readable JSON body to <paramref name="handle"/>, or answers 400 with what is wrong with it.</summary>
    public static async Task<IResult> WithJsonAsync<T>(HttpRequest request, Func<T, Task<IResult>> handle, CancellationToken ct)
        where T : class
    {
        var body = await ReadJsonAsync<T>(request, ct);
        return body.Refusal is { } refusal ? Problem(refusal) : await handle(body.Value!);
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
