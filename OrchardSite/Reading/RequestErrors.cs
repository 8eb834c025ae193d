using Microsoft.AspNetCore.Diagnostics;

namespace Claro.Site.Reading;

/// <summary>
/// What an exception that escaped a request means for the answer: a request the server could not
/// read (a body past its size limit, a malformed form or multipart body) is the client's 4xx, not
/// the site's 500, and is not logged as the site's error; a database that does not answer is a 503.
/// </summary>
internal static class RequestErrors
{
    public static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException badRequest => badRequest.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        _ when Claro.Storage.DatabaseFailure.IsUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static bool IsClientError(Exception exception) => StatusOf(exception) < StatusCodes.Status500InternalServerError;

    public static ExceptionHandlerOptions HandlerOptions(string path) => new()
    {
        ExceptionHandlingPath = path,
        StatusCodeSelector = StatusOf,
        SuppressDiagnosticsCallback = context => IsClientError(context.Exception),
    };
}
