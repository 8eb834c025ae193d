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
/// kept off every network but this machine's. Errors the server logs are collected so each test can
/// end by checking there were none. Set CLARO_BROWSER_TRACES=1 to keep a Playwright trace per test.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claro-browser-").FullName;
    private SiteFactory? _site;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public ConcurrentQueue<string> ServerErrors { get; } = new();

    public IServiceProvider Services => _site!.Services;

    public async Task InitializeAsync()
    {
        _site = new SiteFactory(Path.Combine(_folder, "claro.db"), ServerErrors);
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

    /// <summary>A fresh browser context (no cookies, no cache), with or without JavaScript.</summary>
    public async Task<IBrowserContext> NewContextAsync(bool javaScript = true, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        if (Environment.GetEnvironmentVariable("CLARO_BROWSER_TRACES") == "1")
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

    public void AssertNoServerErrors() => Assert.Empty(ServerErrors);

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        Dispose();
    }

    public void Dispose()
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

    private sealed class SiteFactory(string database, ConcurrentQueue<string> errors) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Claro", $"Data Source={database}");
            builder.ConfigureLogging(logging => logging.AddProvider(new ErrorCollector(errors)));
        }
    }

    private sealed class ErrorCollector(ConcurrentQueue<string> errors) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue($"{formatter(state, exception)} {exception}");
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
