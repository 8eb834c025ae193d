using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Claro.BrowserTests;

/// <summary>
/// The real site on Kestrel over a throwaway SQLite file, and Debian's Chromium driven by Playwright,
/// kept off every network but this machine's. Errors the server logs are collected: every test, being a
/// <see cref="BrowserTest"/>, ends by checking there were none. CLARO_BROWSER_TRACES=1 saves a Playwright
/// trace of each browser context in <c>$TMPDIR/claro-browser-traces</c>; any other value but 0 names the folder.
/// </summary>
public class SiteFixture : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claro-browser-").FullName;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private SiteFactory? _site;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    private IBrowser Browser { get; set; } = null!;

    public SiteFixture()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>The site with more settings than the sample's, such as another culture.</summary>
    protected SiteFixture(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    public ConcurrentQueue<string> ServerErrors { get; } = new();

    public IServiceProvider Services => _site!.Services;

    public async Task InitializeAsync()
    {
        _site = new SiteFactory(Path.Combine(_folder, "claro.db"), _settings, ServerErrors);
        _site.UseKestrel(0);
        _site.StartServer();
        var addresses = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1", "--disable-background-networking", "--no-sandbox", "--disable-gpu"],
        });
    }

    /// <summary>Where traces are saved, or null when none are asked for (<c>CLARO_BROWSER_TRACES</c>).</summary>
    public string? TraceFolder { get; } = TraceFolderFor(Environment.GetEnvironmentVariable("CLARO_BROWSER_TRACES"));

    /// <summary>The trace folder a value of <c>CLARO_BROWSER_TRACES</c> asks for: 1 for the default one, else the folder it names.</summary>
    public static string? TraceFolderFor(string? setting) => setting switch
    {
        null or "" or "0" => null,
        "1" => Path.Combine(Path.GetTempPath(), "claro-browser-traces"),
        _ => Path.GetFullPath(setting),
    };

    /// <summary>A fresh browser context (no cookies, no cache), with or without JavaScript; tests get theirs from <see cref="BrowserTest"/>.</summary>
    internal async Task<IBrowserContext> NewContextAsync(bool javaScript, int width, int height, bool traced)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        if (traced)
        {
            await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        }

        return context;
    }

    /// <summary>Signs a staff member in through the real /admin/login form.</summary>
    public static async Task<IPage> SignInAsync(IBrowserContext context, string email)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("Demo-Pass-2026");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/admin/login", StringComparison.Ordinal));
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        Dispose();
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        _playwright?.Dispose();
        _site?.Dispose();
        _site = null;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class SiteFactory(string database, IReadOnlyDictionary<string, string> settings, ConcurrentQueue<string> errors) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Claro", $"Data Source={database}");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging => logging.AddProvider(new ErrorCollector(errors)));
        }
    }

    /// <summary>Collects the errors the server logs, each with the path of the request it happened in.</summary>
    private sealed class ErrorCollector(ConcurrentQueue<string> errors) : ILoggerProvider, ILogger, ISupportExternalScope
    {
        private IExternalScopeProvider? _scopes;

        public ILogger CreateLogger(string categoryName) => this;

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => _scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var path = "";
                _scopes?.ForEachScope((scope, _) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> values && values.FirstOrDefault(v => v.Key == "RequestPath").Value is string requestPath)
                    {
                        path = $"[{requestPath}] ";
                    }
                }, (object?)null);
                errors.Enqueue($"{path}{formatter(state, exception)} {exception}");
            }
        }

        public void Dispose()
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
