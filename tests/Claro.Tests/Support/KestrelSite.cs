using System.Collections.Concurrent;
using System.Net;
using Claro.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Claro.Tests.Support;

/// <summary>
/// The site on Kestrel rather than in memory: real connections with real client addresses (it listens
/// on 127.0.0.1 and on ::1, so tests can come from two places), real request-size limits and status
/// lines. Errors the site logs are kept so tests can check there were none; a verbose site keeps every
/// line it logs, at every level, so that tests can check what never reaches a log.
/// </summary>
public class KestrelSite : ClaroApp
{
    private readonly string _environment;
    private readonly bool _verbose;

    public KestrelSite()
        : this([], "Development", null)
    {
    }

    protected KestrelSite(Dictionary<string, string?> settings, string environment, Microsoft.Extensions.Time.Testing.FakeTimeProvider? clock, bool verbose = false)
        : base(settings, clock)
    {
        _environment = environment;
        _verbose = verbose;
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

    /// <summary>Every line a verbose site logged.</summary>
    public ConcurrentQueue<string> LogLines { get; } = new();

    /// <summary>A client that connects from <paramref name="address"/>'s loopback address, shows redirects and keeps its own cookies.</summary>
    public static HttpClient ClientTo(Uri address) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = address };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(_environment);
        if (_verbose)
        {
            builder.UseSetting("Logging:LogLevel:Default", "Trace");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Trace");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFilter(_ => true));
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new Collector(ServerErrors, _verbose ? LogLines : null)));
    }

    private sealed class Collector(ConcurrentQueue<string> errors, ConcurrentQueue<string>? lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => lines is not null || logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"{formatter(state, exception)} {state} {exception}";
            lines?.Enqueue(line);
            if (logLevel >= LogLevel.Error && !IsFirstStartProbe(eventId, line))
            {
                errors.Enqueue(line);
            }
        }

        // On a fresh PostgreSQL database EF reads the migrations history before creating it and logs that
        // query's failure as an error; the site then migrates as it should, so it is not the site's error.
        private static bool IsFirstStartProbe(EventId eventId, string line) =>
            eventId.Id == RelationalEventId.CommandError.Id && line.Contains(ClaroDatabase.MigrationsHistoryTable, StringComparison.Ordinal);

        public void Dispose()
        {
        }
    }
}
