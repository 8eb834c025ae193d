using System.Security.Cryptography;
using Claro.Reading;
using Claro.Workflow;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary>
/// Readers' pages are cached whole, keyed by path and by the encoding the reader accepts, with
/// strong ETags, and evicted by tag the moment a publish or a withdrawal changes what readers see.
/// The cache sits in front of compression, routing and authentication, so a cached page costs a
/// lookup and a copy: it is rendered, compressed and hashed once per encoding, not once per request.
/// </summary>
internal static class ReaderCaching
{
    public const string ReaderTag = "reader";

    public static IServiceCollection AddReaderCaching(this IServiceCollection services, ClaroOptions options)
    {
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = 64 * 1024 * 1024;
            cache.UseCaseSensitivePaths = true;
            cache.AddBasePolicy(policy => policy
                .With(context => IsCachedReaderPath(context.HttpContext.Request.Path))
                .VaryByValue(context => new("encoding", EncodingFor(context)))
                .Tag(ReaderTag)
                .AddPolicy<ReaderCacheStore.StampPolicy>()
                .Expire(TimeSpan.FromHours(1)));
        });
        ReaderCacheStore.Decorate(services);
        services.AddSingleton<ShownPublications>();
        return services;
    }

    /// <summary>
    /// The cache, then the ETag: call it before response compression, so that what is hashed and
    /// cached is the compressed body and each encoding gets its own strong ETag.
    /// </summary>
    public static IApplicationBuilder UseReaderCaching(this IApplicationBuilder app)
    {
        var maxAge = (int)app.ApplicationServices.GetRequiredService<IOptions<ClaroOptions>>().Value.PublicMaxAge.TotalSeconds;
        var cacheControl = $"public, max-age={maxAge}, stale-while-revalidate={maxAge * 10}";
        app.UseOutputCache();
        return app.UseWhen(context => IsReaderPath(context.Request.Path) && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)),
            reader => reader.Use((context, next) => WithStrongETagAsync(context, next, cacheControl)));
    }

    /// <summary>Pages for residents: everything but the staff pages, the APIs and short-link redirects.</summary>
    public static bool IsReaderPath(PathString path) =>
        !Array.Exists(NotForReaders, prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] NotForReaders = ["/admin", "/api", "/s", "/health"];

    // Search answers any words a reader types: caching them would let anyone fill the cache.
    private static bool IsCachedReaderPath(PathString path) =>
        IsReaderPath(path) && !(path.Value ?? "").EndsWith("/search", StringComparison.Ordinal) && path != "/";

    // The encoding response compression will choose: "br;q=0, gzip" and "gzip" share one entry, and
    // headers made up to fill the cache collapse into the three encodings there are.
    private static string EncodingFor(HttpContext context) =>
        context.RequestServices.GetRequiredService<IResponseCompressionProvider>().GetCompressionProvider(context)?.EncodingName ?? "identity";

    private const string ImmutableAsset = "public, max-age=31536000, immutable";

    // The layout links the stylesheet with its content hash (?v=…): a changed file gets a new address.
    private static bool IsVersionedAsset(HttpRequest request) =>
        request.Path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase) && request.Query.ContainsKey("v");

    /// <summary>
    /// Buffers a reader's page, tags it with a hash of its bytes, and answers 304 when the reader already has them.
    /// The page is made to the end even when its reader leaves: the output cache hands the same page to every reader
    /// who asked for it meanwhile, and one reader's phone losing its signal must not fail theirs.
    /// </summary>
    private static async Task WithStrongETagAsync(HttpContext context, RequestDelegate next, string cacheControl)
    {
        var original = context.Response.Body;
        var aborted = context.RequestAborted;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        context.RequestAborted = CancellationToken.None;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
            context.RequestAborted = aborted;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && buffer.Length > 0)
        {
            var etag = $"\"{Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
            response.Headers.ETag = etag;
            response.Headers.CacheControl = IsVersionedAsset(context.Request) ? ImmutableAsset : cacheControl;
            if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(tag => tag.Trim() == etag || tag.Trim() == "*")))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }

        buffer.Position = 0;
        if (buffer.Length > 0)
        {
            response.ContentLength = buffer.Length;
        }

        if (!HttpMethods.IsHead(context.Request.Method))
        {
            // Not cancelled by the reader either: the output cache keeps what passes through here for the others.
            await buffer.CopyToAsync(original, CancellationToken.None);
        }
    }
}
