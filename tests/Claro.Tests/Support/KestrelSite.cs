using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Claro.Tests.Support;

/// <summary>
/// The site on Kestrel rather than in memory: real connections with real client addresses (it listens
/// on 127.0.0.1 and on ::1, so tests can come from two places), real request-size limits and status
/// lines. Errors the site logs are kept so tests can check there were none.
/// </summary>
public class KestrelSite : ClaroApp
{
    private readonly string _environment;

    public KestrelSite()
        : this([], "Development", null)
    {
    }

    protected KestrelSite(Dictionary<string, string?> settings, string environment, Microsoft.Extensions.Time.Testing.FakeTimeProvider? clock)
        : base(settings, clock)
    {
        _environment = environment;
        UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.IPv6Loopback, 0);
        });
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();
        IPv4 = addresses.Single(a => a.Host == "127.0.0.1");
        IPv6 = addresses.Single(a => a.Host == "[::1]");
    }

    public Uri IPv4 { get; }

    public Uri IPv6 { get; }

    public ConcurrentQueue<string> ServerErrors { get; } = new();

    /// <summary>A client that connects from <paramref name="address"/>'s loopback address, shows redirects and keeps its own cookies.</summary>
    public static HttpClient ClientTo(Uri address) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = address };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(_environment);
        builder.ConfigureLogging(logging => logging.AddProvider(new ErrorCollector(ServerErrors)));
    }

    private sealed class ErrorCollector(ConcurrentQueue<string> errors) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                errors.Enqueue($"{formatter(state, exception)} {exception}");
            }
        }

        public void Dispose()
        {
        }
    }
}
