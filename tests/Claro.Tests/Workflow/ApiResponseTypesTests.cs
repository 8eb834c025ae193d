using Claro.Tests.Support;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Claro.Tests.Workflow;

/// <summary>
/// Programs that call the API, and people who read its code, learn what each endpoint answers from its
/// signature: typed results put the success response's shape into the endpoint's metadata (and so into
/// any OpenAPI description), where a handler that returns a bare <c>IResult</c> says nothing.
/// </summary>
public sealed class ApiResponseTypesTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    [Fact]
    public void Every_API_endpoint_declares_the_shape_of_its_success_response()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .ToList();

        var silent = endpoints
            .Where(e => !e.Metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode is >= 200 and < 300 && m.Type is not null && m.Type != typeof(void)))
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}")
            .ToList();

        Assert.True(endpoints.Count > 25, $"Only {endpoints.Count} API endpoints were found.");
        Assert.Empty(silent);
    }
}
