using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Claro.Storage;
using Claro.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Claro.Tests.Reading;

/// <summary>
/// Readers who ask for a page while it is being made wait for that one rendering (output-cache locking).
/// The reader who started it may leave halfway; the others still get the page, and the server logs no error.
/// </summary>
[Trait("Category", "Database")]
public sealed class AbandonedRequestTests : IDisposable
{
    private const string Page = "/es/conozca-sus-derechos";
    private readonly GatedApp _app = new();

    [Fact]
    public async Task A_reader_who_leaves_while_the_page_is_made_does_not_fail_the_readers_waiting_for_it()
    {
        var reader = _app.Reader();
        _app.Errors.Clear(); // only what the requests below make counts, not the start-up's probes
        using var leaving = new CancellationTokenSource();
        var first = reader.GetAsync(Page, leaving.Token);
        await _app.Gate.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        var second = reader.GetAsync(Page);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(second.IsCompleted, "The second reader should be waiting for the page the first one started.");

        await leaving.CancelAsync();
        _app.Gate.Open();
        var response = await second.WaitAsync(TimeSpan.FromSeconds(30));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Conozca sus derechos", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_app.Errors);
    }

    public void Dispose() => _app.Dispose();

    /// <summary>Holds the first database command made for <see cref="Page"/> until the test opens the gate.</summary>
    private sealed class Gate(IHttpContextAccessor http) : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reached => _reached.Task;

        public void Open() => _open.TrySetResult();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (http.HttpContext?.Request.Path == Page && _reached.TrySetResult())
            {
                await _open.Task;
            }

            return result;
        }
    }

    private sealed class GatedApp : ClaroApp
    {
        public Gate Gate => Services.GetRequiredService<Gate>();

        private readonly LogCollector _errors = new(LogLevel.Error);

        public ConcurrentQueue<string> Errors => _errors.Lines;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(_errors));
            builder.ConfigureTestServices(services =>
            {
                services.AddHttpContextAccessor();
                services.AddSingleton<Gate>();
                services.ConfigureDbContext<SqliteClaroDbContext>((provider, db) => db.AddInterceptors(provider.GetRequiredService<Gate>()));
                services.ConfigureDbContext<PostgresClaroDbContext>((provider, db) => db.AddInterceptors(provider.GetRequiredService<Gate>()));
            });
        }
    }
}
