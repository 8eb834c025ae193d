using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Claro.Site.Reading;

/// <summary>
/// Behind a TLS-terminating proxy (how the Dockerfile's plain-HTTP port is meant to be run): the
/// client's address and scheme come from <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, believed
/// only from the proxies in <c>Claro:KnownProxies</c>. The host is never taken from a header.
/// </summary>
internal static class ProxySetup
{
    public static void AddKnownProxies(this IServiceCollection services, ClaroOptions options)
    {
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            // A chain of known proxies (a CDN, then a load balancer) is followed back to the first address that is not one.
            forwarded.ForwardLimit = null;
            foreach (var entry in options.KnownProxies)
            {
                if (IPAddress.TryParse(entry, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
                else if (System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
                else
                {
                    throw new InvalidOperationException($"Claro:KnownProxies: '{entry}' is neither an address (10.0.0.2) nor a network (10.0.0.0/8).");
                }
            }
        });
    }

    public static void UseKnownProxies(this WebApplication app, ClaroOptions options)
    {
        if (options.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }
    }
}
