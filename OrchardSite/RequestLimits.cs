using Microsoft.AspNetCore.Http.Features;

namespace Claro.Site;

/// <summary>
/// How large a request may be: a form or a JSON body holds at most one version (100,000 characters of
/// Markdown, a few hundred kilobytes), a recipe file may be a whole site's backup. Past them Kestrel
/// stops reading and the client gets 413, a localized page or a problem+json document.
/// </summary>
internal static class RequestLimits
{
    public const int FormMegabytes = 4;
    public const int RecipeMegabytes = 50;
    public const long FormBytes = FormMegabytes * 1024L * 1024;
    public const long RecipeBytes = RecipeMegabytes * 1024L * 1024;

    /// <summary>A recipe upload: the file and, around it, the form fields and multipart boundaries.</summary>
    public const long RecipeUploadBytes = RecipeBytes + FormBytes;

    /// <summary>
    /// A body past its limit but no longer than this is read and dropped before the 413 is sent: a client
    /// still sending when the server closes the connection gets a reset, not the answer. Longer ones are cut off.
    /// </summary>
    public const long MostBytesDrained = 64L * 1024 * 1024;

    public static void AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = FormBytes);
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = RecipeUploadBytes);
    }

    /// <summary>
    /// Answers 413 at once when the declared length is past the limit of the endpoint it was routed to
    /// (routing has applied its <c>[RequestSizeLimit]</c> by then). Otherwise the first to read the body,
    /// the antiforgery check of a staff form, would turn Kestrel's 413 into its own 400.
    /// </summary>
    public static void UseRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is not null && context.Request.ContentLength > limit.MaxRequestBodySize)
        {
            if (context.Request.ContentLength <= MostBytesDrained && !limit.IsReadOnly)
            {
                limit.MaxRequestBodySize = MostBytesDrained;
                await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            }

            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        await next(context);
    });
}
