using System.Security.Cryptography;
using Claro.Reading;
using Claro.Workflow;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary>
/// Readers' pages are cached whole, keyed by path, with strong ETags, and evicted by tag the
/// moment a publish or a withdrawal changes what readers see.
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
                .Tag(ReaderTag)
                .Expire(TimeSpan.FromHours(1)));
        });
        return services;
    }

    public static IApplicationBuilder UseReaderCaching(this IApplicationBuilder app)
    {
        app.UseOutputCache();
        return app.UseWhen(context => IsReaderPath(context.Request.Path) && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)),
            reader => reader.Use(WithStrongETagAsync));
    }

    /// <summary>Pages for residents: everything but the staff pages, the APIs and short-link redirects.</summary>
    public static bool IsReaderPath(PathString path) =>
        !path.StartsWithSegments("/admin") && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/s") && !path.StartsWithSegments("/health");

    // Search answers any words a reader types: caching them would let anyone fill the cache.
    private static bool IsCachedReaderPath(PathString path) =>
        IsReaderPath(path) && !(path.Value ?? "").EndsWith("/search", StringComparison.Ordinal) && path != "/";

    /// <summary>Buffers a reader's page, tags it with a hash of its bytes, and answers 304 when the reader already has them.</summary>
    private static async Task WithStrongETagAsync(HttpContext context, Func<Task> next)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && buffer.Length > 0)
        {
            var etag = $"\"{Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
            response.Headers.ETag = etag;
            var maxAge = (int)context.RequestServices.GetRequiredService<IOptions<ClaroOptions>>().Value.PublicMaxAge.TotalSeconds;
            response.Headers.CacheControl = $"public, max-age={maxAge}, stale-while-revalidate={maxAge * 10}";
            if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(tag => tag.Trim() == etag || tag.Trim() == "*")))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }

        buffer.Position = 0;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }
}

/// <summary>Lets go of every cached reader page and re-indexes the document for search when what readers see changes.</summary>
internal sealed class ReaderCacheEviction(IOutputCacheStore cache, ISearchIndex search) : IPublicationListener
{
    public async ValueTask DocumentChangedAsync(string documentId, CancellationToken cancellationToken)
    {
        await search.UpdateAsync(documentId, cancellationToken);
        await cache.EvictByTagAsync(ReaderCaching.ReaderTag, cancellationToken);
    }
}
