using System.Net;
using System.Net.Http.Json;
using Claro.Site.Reading;
using Claro.Tests.Support;
using Claro.Workflow;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Claro.Tests.Reading;

/// <summary>
/// A paired publish switches both languages at once for every reader. It is committed before a node lets go of its
/// cached pages (after the publish's own work on its node, or when another node's notification arrives); a page the
/// node renders in between shows the new English, and its language switch must not lead to the old Spanish from the cache.
/// </summary>
[Trait("Category", "Database")]
public sealed class PairedPublishTests : IDisposable
{
    private readonly HeldPublication _held = new();
    private readonly SiteWithHeldPublication _app;

    public PairedPublishTests() => _app = new SiteWithHeldPublication(_held);

    [Fact]
    public async Task While_a_publish_finishes_on_its_node_the_new_English_page_never_leads_to_the_old_Spanish_one()
    {
        var (id, reader) = await PairWithSpanishCachedAsync();
        await ReviewSecondPairAsync(_app, id);

        _held.Holding = true;
        var publish = _app.PublishAsync(id, ["en", "es"]);
        await _held.Reached.WaitAsync(TimeSpan.FromSeconds(30));   // committed; what follows a publish has not finished
        var english = await reader.GetStringAsync("/en/pair");
        var spanish = await reader.GetStringAsync("/es/par");
        _held.Release();
        (await publish).EnsureSuccessStatusCode();

        Assert.Contains("Marker v2-en", english, StringComparison.Ordinal);
        Assert.Contains("Marker v2-es", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_a_withdrawal_finishes_on_its_node_the_withdrawn_English_page_never_leads_to_the_Spanish_one_still_cached()
    {
        var (id, reader) = await PairWithSpanishCachedAsync();

        _held.Holding = true;
        var withdraw = (await _app.SignInAsync(ClaroApp.Publisher)).PostAsJsonAsync($"/api/v1/admin/documents/{id}/withdraw", new { reason = "Replaced." });
        await _held.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        var english = await reader.GetAsync("/en/pair");
        var spanish = await reader.GetAsync("/es/par");
        _held.Release();
        (await withdraw).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Gone, english.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, spanish.StatusCode);
    }

    [PostgresFact]
    [Trait("Category", "Postgres")]
    public async Task A_node_that_has_not_yet_heard_of_a_publish_never_shows_the_new_English_beside_the_old_Spanish()
    {
        using var first = ClaroApp.OnPostgresDatabase();
        using var second = first.SecondNode();
        // The other node's notification has not arrived yet: this node does not listen at all.
        using var notYetTold = second.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Remove(services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(ReaderChangeListener)))));
        var reader = notYetTold.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var id = await PublishFirstPairAsync(first);
        Assert.Contains("Marker v1-es", await reader.GetStringAsync("/es/par"), StringComparison.Ordinal);   // cached on the second node

        await ReviewSecondPairAsync(first, id);
        (await first.PublishAsync(id, ["en", "es"])).EnsureSuccessStatusCode();
        var english = await reader.GetStringAsync("/en/pair");
        var spanish = await reader.GetStringAsync("/es/par");
        var spanishAgain = await reader.GetStringAsync("/es/par");

        Assert.Contains("Marker v2-en", english, StringComparison.Ordinal);
        Assert.Contains("Marker v2-es", spanish, StringComparison.Ordinal);
        Assert.Contains("Marker v2-es", spanishAgain, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();

    /// <summary>English and Spanish published together, and the Spanish page in this node's cache; English not yet asked for.</summary>
    private async Task<(string Id, HttpClient Reader)> PairWithSpanishCachedAsync()
    {
        var id = await PublishFirstPairAsync(_app);
        var reader = _app.Reader();
        Assert.Contains("Marker v1-es", await reader.GetStringAsync("/es/par"), StringComparison.Ordinal);
        return (id, reader);
    }

    private static async Task<string> PublishFirstPairAsync(ClaroApp app)
    {
        var id = await app.CreateDocumentAsync("pair", "Marker v1-en.", title: "Pair");
        (await app.SaveDraftAsync(ClaroApp.Translator, id, "es", Draft("par", "es", 1, baseVersion: 0))).EnsureSuccessStatusCode();
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author), ("es", ClaroApp.Translator));
        return id;
    }

    private static async Task ReviewSecondPairAsync(ClaroApp app, string id)
    {
        (await app.SaveDraftAsync(ClaroApp.Author, id, "en", Draft("pair", "en", 2, baseVersion: 1))).EnsureSuccessStatusCode();
        (await app.SaveDraftAsync(ClaroApp.Translator, id, "es", Draft("par", "es", 2, baseVersion: 1))).EnsureSuccessStatusCode();
        foreach (var (culture, writer) in new[] { ("en", ClaroApp.Author), ("es", ClaroApp.Translator) })
        {
            (await app.StepAsync(writer, id, culture, "submit")).EnsureSuccessStatusCode();
            (await app.ApproveAsync(ClaroApp.Reviewer, id, culture)).EnsureSuccessStatusCode();
        }
    }

    private static DraftBody Draft(string slug, string culture, int marker, int baseVersion) =>
        new(slug, culture == "en" ? "Pair" : "Par", "", $"Marker v{marker}-{culture}.", $"Change {marker}", baseVersion);

#pragma warning disable IDE1006, SA1300 // the API's field names
    private sealed record DraftBody(string slug, string title, string summary, string body, string changeNote, int baseVersion);
#pragma warning restore IDE1006, SA1300

    /// <summary>Keeps a publish between its commit and the work that follows it, until the test lets it go.</summary>
    private sealed class HeldPublication : IPublicationListener
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public volatile bool Holding;

        public Task Reached => _reached.Task;

        public void Release() => _released.TrySetResult();

        public async ValueTask DocumentChangedAsync(string documentId, CancellationToken cancellationToken)
        {
            if (!Holding)
            {
                return;
            }

            _reached.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The site, with <see cref="HeldPublication"/> told of each publish before any other listener.</summary>
    private sealed class SiteWithHeldPublication(HeldPublication held) : ClaroApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Insert(0, ServiceDescriptor.Singleton<IPublicationListener>(held)));
        }
    }
}
