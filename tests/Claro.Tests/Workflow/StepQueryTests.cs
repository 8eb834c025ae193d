using System.Diagnostics;
using System.Net;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Claro.Tests.Workflow;

/// <summary>
/// Each workflow step reads its document in one query, however long the document's history: under load every
/// query waits its turn behind the readers, so a publish that needs fewer of them keeps up with the team. Counted
/// from EF Core's own diagnostic events for this site's database (its SQLite file, or its PostgreSQL database).
/// </summary>
[Trait("Category", "Database")]
public sealed class StepQueryTests : IDisposable
{
    private readonly ClaroApp _app;

    // Listening before the site starts: EF Core asks whether anyone listens when a context is made, then once a second.
    private readonly QueryCounter _queries;

    public StepQueryTests()
    {
        _app = new(new() { ["Claro:SeedSampleContent"] = "false" }, null);
        _queries = new QueryCounter(_app);
    }

    [Fact]
    public async Task Drafting_submitting_and_approving_read_the_document_once_and_publishing_reads_three_times()
    {
        var id = await _app.CreateDocumentAsync("curfew", "Version 1.", "Curfew");
        (await _app.SaveDraftAsync(ClaroApp.Translator, id, "es", Spanish(1, baseVersion: 0))).EnsureSuccessStatusCode();
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author), ("es", ClaroApp.Translator));

        var counts = new List<Dictionary<string, int>>();
        for (var number = 2; number <= 4; number++)
        {
            var steps = new Dictionary<string, int>(StringComparer.Ordinal);
            await StepAsync(steps, "save English", () => _app.SaveDraftAsync(ClaroApp.Author, id, "en", English(number)));
            await StepAsync(steps, "save Spanish", () => _app.SaveDraftAsync(ClaroApp.Translator, id, "es", Spanish(number, number - 1)));
            await StepAsync(steps, "submit English", () => _app.StepAsync(ClaroApp.Author, id, "en", "submit"));
            await StepAsync(steps, "approve English", () => _app.StepAsync(ClaroApp.Reviewer, id, "en", "approve", new { version = number }));
            await StepAsync(steps, "submit Spanish", () => _app.StepAsync(ClaroApp.Translator, id, "es", "submit"));
            await StepAsync(steps, "approve Spanish", () => _app.StepAsync(ClaroApp.Reviewer, id, "es", "approve", new { version = number }));
            await StepAsync(steps, "publish both", () => _app.PublishAsync(id, ["en", "es"]));
            counts.Add(steps);
        }

        // Approving a translation also reads the memory it adds to; publishing also reads the pages that link
        // to the document with its own pages never rendered with their links (one query), and its pages for the search index.
        var expected = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["save English"] = 1, ["save Spanish"] = 1, ["submit English"] = 1, ["approve English"] = 1,
            ["submit Spanish"] = 1, ["approve Spanish"] = 2, ["publish both"] = 3,
        };
        Assert.All(counts, steps => Assert.Equal(expected, steps));
    }

    private async Task StepAsync(Dictionary<string, int> steps, string step, Func<Task<HttpResponseMessage>> call)
    {
        var before = _queries.Count;
        var response = await call();
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        steps[step] = _queries.Count - before;
    }

    private static object English(int number) =>
        new { slug = "curfew", title = "Curfew", summary = "", body = $"Version {number}.", changeNote = $"Edit {number}", baseVersion = number - 1 };

    private static object Spanish(int number, int baseVersion) =>
        new { slug = "toque", title = "Toque de queda", summary = "", body = $"Versión {number}.", changeNote = $"Cambio {number}", baseVersion, sourceVersion = number };

    public void Dispose()
    {
        _queries.Dispose();
        _app.Dispose();
    }

    /// <summary>LINQ queries EF Core sends to one site's database, from any context of any request.</summary>
    private sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly Func<System.Data.Common.DbConnection, bool> _isTheSite;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public QueryCounter(ClaroApp app)
        {
            if (app.OnPostgres)
            {
                var database = new NpgsqlConnectionStringBuilder(app.PostgresConnectionString).Database;
                _isTheSite = connection => connection.Database == database;
            }
            else
            {
                var file = Path.GetFullPath(app.DatabasePath);
                _isTheSite = connection => Path.GetFullPath(connection.DataSource) == file;
            }

            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData
                {
                    CommandSource: CommandSource.LinqQuery,
                } executed && executed.Command.Connection is { } connection && _isTheSite(connection))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
