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
        var id = await PublishedInBothAsync();

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

    /// <summary>
    /// Saving and sending to review at once costs what a save alone costs: one read of the document, whose new version
    /// the submission then moves. Rounds of the same publish cycle alternate: separate saves and submissions, then
    /// combined ones. (With mail on, a submission also reads the staff it mails, alone or combined alike.)
    /// </summary>
    [Fact]
    public async Task Saving_and_sending_to_review_at_once_reads_the_document_once_like_a_save_alone()
    {
        var id = await PublishedInBothAsync();

        var counts = new List<Dictionary<string, int>>();
        for (var number = 2; number <= 5; number++)
        {
            var together = number % 2 == 1;
            var save = together ? "save and submit" : "save";
            var steps = new Dictionary<string, int>(StringComparer.Ordinal);
            await StepAsync(steps, $"{save} English", () => _app.SaveDraftAsync(ClaroApp.Author, id, "en", English(number, together)));
            await StepAsync(steps, $"{save} Spanish", () => _app.SaveDraftAsync(ClaroApp.Translator, id, "es", Spanish(number, number - 1, together)));
            if (!together)
            {
                (await _app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();
                (await _app.StepAsync(ClaroApp.Translator, id, "es", "submit")).EnsureSuccessStatusCode();
            }

            // Only a version in review can be approved: the combined step left both there.
            (await _app.StepAsync(ClaroApp.Reviewer, id, "en", "approve", new { version = number })).EnsureSuccessStatusCode();
            (await _app.StepAsync(ClaroApp.Reviewer, id, "es", "approve", new { version = number })).EnsureSuccessStatusCode();
            (await _app.PublishAsync(id, ["en", "es"])).EnsureSuccessStatusCode();
            counts.Add(steps);
        }

        Assert.Equal(
            [
                new() { ["save English"] = 1, ["save Spanish"] = 1 }, new() { ["save and submit English"] = 1, ["save and submit Spanish"] = 1 },
                new() { ["save English"] = 1, ["save Spanish"] = 1 }, new() { ["save and submit English"] = 1, ["save and submit Spanish"] = 1 },
            ],
            counts);
    }

    /// <summary>A document whose version 1 is published in English and in Spanish; returns its id.</summary>
    private async Task<string> PublishedInBothAsync()
    {
        var id = await _app.CreateDocumentAsync("curfew", "Version 1.", "Curfew");
        (await _app.SaveDraftAsync(ClaroApp.Translator, id, "es", Spanish(1, baseVersion: 0))).EnsureSuccessStatusCode();
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author), ("es", ClaroApp.Translator));
        return id;
    }

    private async Task StepAsync(Dictionary<string, int> steps, string step, Func<Task<HttpResponseMessage>> call)
    {
        var before = _queries.Count;
        var response = await call();
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        steps[step] = _queries.Count - before;
    }

    private static object English(int number, bool submit = false) =>
        new { slug = "curfew", title = "Curfew", summary = "", body = $"Version {number}.", changeNote = $"Edit {number}", baseVersion = number - 1, submit };

    private static object Spanish(int number, int baseVersion, bool submit = false) =>
        new { slug = "toque", title = "Toque de queda", summary = "", body = $"Versión {number}.", changeNote = $"Cambio {number}", baseVersion, sourceVersion = number, submit };

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
