using Claro.Site.Localization;
using Claro.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary>
/// Every error answer: a page in the reader's language (from the path, else Accept-Language), or
/// a problem+json document for API callers. Never a stack trace.
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel(IOptions<ClaroOptions> options, IStringLocalizer<SiteText> text, IProblemDetailsService problems) : ReaderPageModel
{
    internal string Explanation { get; private set; } = "";

    /// <summary>The status comes from the server alone: the failed request's own, never a value the request sends.</summary>
    public async Task<IActionResult> OnGetAsync() => await ShowAsync();

    /// <summary>A re-executed request keeps its method (PUT, DELETE…): answer it as a GET would.</summary>
    /// <remarks>Not a handler: its name has the shape of one (method PAGE, handler HandlerSelection), and a request could call it.</remarks>
    [Microsoft.AspNetCore.Mvc.RazorPages.NonHandler]
    public override Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        context.HandlerMethod ??= context.ActionDescriptor.HandlerMethods.First(h => h.HttpMethod == "Get");
        return Task.CompletedTask;
    }

    private async Task<IActionResult> ShowAsync()
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var original = reExecuted?.OriginalPath ?? failed?.Path;
        if (original is null)
        {
            return NotFound();
        }

        var status = reExecuted?.OriginalStatusCode ?? RequestErrors.StatusOf(failed!.Error);
        if (reExecuted is null && DatabaseFailure.IsUnavailable(failed!.Error))
        {
            Response.Headers.RetryAfter = DatabaseFailure.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Response.StatusCode = status;
        if (original.StartsWith("/api/", StringComparison.Ordinal))
        {
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = HttpContext, ProblemDetails = { Status = status, Title = ApiTitle(status), Detail = ApiDetail(status) } });
            return new EmptyResult();
        }

        Culture = CultureSelection.CultureOf(HttpContext, options.Value);
        (Title, Explanation) = status switch
        {
            404 => (text["Page not found"].Value, text["There is no page at this address. It may have moved, or the link may have a typing mistake."].Value),
            403 => (text["Not allowed"].Value, text["Your account may not open this page."].Value),
            413 => (text["What you sent is too large"].Value, text["The site takes forms up to {0} MB and recipe files up to {1} MB. Send less, or split it.", RequestLimits.FormMegabytes, RequestLimits.RecipeMegabytes].Value),
            429 => (text["Too many attempts"].Value, text["Wait a few minutes, then try again."].Value),
            >= 500 => (text["Something went wrong"].Value, text["The site could not answer just now. Please try again in a few minutes."].Value),
            _ => (text["This request could not be answered"].Value, text["Check the address and try again."].Value),
        };
        UseHomeLanguages(options.Value);
        return Page();
    }

    private static string ApiTitle(int status) => status switch
    {
        400 => "The request is not valid.",
        401 => "Sign-in required.",
        403 => "You may not do this.",
        404 => "Not found.",
        405 => "Method not allowed.",
        413 => "The request is too large.",
        415 => "Unsupported content type.",
        503 => "The database does not answer just now.",
        >= 500 => "Something went wrong.",
        _ => "The request could not be answered.",
    };

    private static string ApiDetail(int status) => status switch
    {
        400 => "A value in the address or the body could not be read; check its type (a number where a number is expected).",
        401 => "Sign in with POST /api/v1/account/login and send the token as 'Authorization: Bearer …'.",
        403 => "Your account lacks the role this request needs.",
        404 => "Nothing is at this address; check the path against the API documentation.",
        405 => "This address does not take that HTTP method.",
        413 => $"The body is larger than this address accepts ({RequestLimits.FormMegabytes} MB, recipe files {RequestLimits.RecipeMegabytes} MB); send less.",
        415 => "Send the body with the content type this address reads (JSON: Content-Type: application/json).",
        503 => "Nothing was changed: the site cannot reach its database at the moment. Try again in a minute (see Retry-After); readers still get the pages the site has cached.",
        >= 500 => "The server failed to answer. Nothing was changed; try again, and report it if it persists.",
        _ => "Check the request and try again.",
    };
}
