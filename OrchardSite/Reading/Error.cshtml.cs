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
    public string Explanation { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int status) => await ShowAsync(status);

    /// <summary>A re-executed request keeps its method (PUT, DELETE…): answer it as a GET would.</summary>
    public override Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        context.HandlerMethod ??= context.ActionDescriptor.HandlerMethods.First(h => h.HttpMethod == "Get");
        return Task.CompletedTask;
    }

    private async Task<IActionResult> ShowAsync(int status)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (original is null)
        {
            return NotFound();
        }

        var error = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException badRequest)
        {
            status = badRequest.StatusCode;
        }
        else if (DatabaseFailure.IsUnavailable(error))
        {
            status = StatusCodes.Status503ServiceUnavailable;
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
        503 => "Nothing was changed: the site cannot reach its database at the moment. Try again in a minute (see Retry-After); readers still get the pages the site has cached.",
        >= 500 => "The server failed to answer. Nothing was changed; try again, and report it if it persists.",
        _ => "Check the request and try again.",
    };
}
