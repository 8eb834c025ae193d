using System.Runtime.CompilerServices;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Claro.BrowserTests;

/// <summary>
/// What every browser test shares: its browser contexts come from here and are closed when it ends, each one's
/// Playwright trace saved first when traces are asked for; then the test fails if the server logged an error
/// while it ran, so no test can forget to look.
/// </summary>
public abstract class BrowserTest(SiteFixture site) : IAsyncLifetime
{
    private static int _traces;
    private readonly List<(IBrowserContext Context, string? Trace)> _contexts = [];

    protected SiteFixture Site => site;

    /// <summary>Where this test's contexts save their traces; null for none.</summary>
    protected string? TraceFolder { get; set; } = site.TraceFolder;

    /// <summary>A fresh browser context (no cookies, no cache), with or without JavaScript, closed when the test ends.</summary>
    protected async Task<IBrowserContext> NewContextAsync(bool javaScript = true, int width = 1280, int height = 900, [CallerMemberName] string test = "")
    {
        var trace = TraceFolder is { } folder
            ? Path.Combine(folder, $"{GetType().Name}.{test}-{Interlocked.Increment(ref _traces):000}.zip")
            : null;
        var context = await site.NewContextAsync(javaScript, width, height, traced: trace is not null);
        _contexts.Add((context, trace));
        return context;
    }

    /// <summary>Runs axe's WCAG 2.1 A and AA rules and its best practices on the page, and fails on any violation.</summary>
    protected static async Task AssertNoAxeViolationAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"] },
        });

        Assert.True(result.Violations.Length == 0, $"{page.Url}:\n" + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
    }

    /// <summary>Closes the test's contexts, saving each one's trace first when it has one.</summary>
    protected async Task CloseContextsAsync()
    {
        foreach (var (context, trace) in _contexts)
        {
            if (trace is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(trace)!);
                await context.Tracing.StopAsync(new TracingStopOptions { Path = trace });
            }

            await context.CloseAsync();
        }

        _contexts.Clear();
    }

    public Task InitializeAsync()
    {
        site.ServerErrors.Clear();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await CloseContextsAsync();
        Assert.True(site.ServerErrors.IsEmpty, "The server logged errors during the test:\n" + string.Join("\n", site.ServerErrors));
    }
}
