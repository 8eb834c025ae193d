using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claro.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Claro.Tests.Workflow;

/// <summary>
/// Two staff members acting on one document at the same moment, over real HTTP to the site on
/// Kestrel, many times over. Whichever goes first, the published pointer, the versions' states and
/// the audit trail agree afterwards, and a step that lost the race is told so instead of being lost.
/// </summary>
[Trait("Category", "Database")]
public sealed class ConcurrentTransitionTests(ConcurrentTransitionTests.KestrelSite app) : IClassFixture<ConcurrentTransitionTests.KestrelSite>
{
    private const int Rounds = 12;

    /// <summary>The site on Kestrel, so that the requests travel over sockets as two browsers' would.</summary>
    public sealed class KestrelSite : ClaroApp
    {
        public KestrelSite()
            : base(null, null) => UseKestrel(0);

        protected override Uri Address
        {
            get
            {
                StartServer();
                var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
                return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task Two_publishes_at_once_publish_once()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var id = await InReviewAsync($"publish-twice-{round}");
            (await ApproveAsync(ClaroApp.Reviewer, id, 1)).EnsureSuccessStatusCode();

            var (first, second) = await AtOnceAsync(() => app.PublishAsync(id, ["en"]), () => app.PublishAsync(id, ["en"], who: ClaroApp.Admin));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], new[] { first.StatusCode, second.StatusCode }.Order());
            Assert.Single(await EventsAsync(id, "Published"));
            await AssertConsistentAsync(id);
        }
    }

    [Fact]
    public async Task A_publish_and_a_draft_save_at_once_never_leave_the_pointer_and_the_states_disagreeing()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var slug = $"publish-or-save-{round}";
            var id = await InReviewAsync(slug);
            (await ApproveAsync(ClaroApp.Reviewer, id, 1)).EnsureSuccessStatusCode();
            (await app.PublishAsync(id, ["en"])).EnsureSuccessStatusCode();
            (await app.SaveDraftAsync(ClaroApp.Author, id, "en", Draft(slug, "Second text.", 1))).EnsureSuccessStatusCode();
            (await app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();
            (await ApproveAsync(ClaroApp.Reviewer, id, 2)).EnsureSuccessStatusCode();

            var (publish, save) = await AtOnceAsync(() => app.PublishAsync(id, ["en"]), () => app.SaveDraftAsync(ClaroApp.Author, id, "en", Draft(slug, "Third text.", 2)));

            Assert.Contains(publish.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
            Assert.Equal(HttpStatusCode.OK, save.StatusCode);
            var published = await app.CultureStateAsync(id, "en");
            Assert.Equal(publish.StatusCode == HttpStatusCode.OK ? 2 : 1, published.GetProperty("publishedVersion").GetInt32());
            Assert.Equal(publish.StatusCode == HttpStatusCode.OK ? 2 : 1, (await EventsAsync(id, "Published")).Count);
            await AssertConsistentAsync(id);
        }
    }

    [Fact]
    public async Task An_approval_and_a_draft_save_at_once_never_leave_a_replaced_version_approved()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var slug = $"approve-or-save-{round}";
            var id = await InReviewAsync(slug);

            var (approve, save) = await AtOnceAsync(() => ApproveAsync(ClaroApp.Reviewer, id, 1), () => app.SaveDraftAsync(ClaroApp.Author, id, "en", Draft(slug, "Second text.", 1)));

            Assert.Contains(approve.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
            Assert.Equal(HttpStatusCode.OK, save.StatusCode);
            Assert.Equal(approve.StatusCode == HttpStatusCode.OK ? 1 : 0, (await EventsAsync(id, "Approved")).Count);
            await AssertConsistentAsync(id);
        }
    }

    [Fact]
    public async Task Two_approvals_at_once_approve_once()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var id = await InReviewAsync($"approve-twice-{round}");

            var (first, second) = await AtOnceAsync(() => ApproveAsync(ClaroApp.Reviewer, id, 1), () => ApproveAsync(ClaroApp.Reviewer2, id, 1));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], new[] { first.StatusCode, second.StatusCode }.Order());
            Assert.Single(await EventsAsync(id, "Approved"));
            await AssertConsistentAsync(id);
        }
    }

    [Fact]
    public async Task An_approval_and_a_request_for_changes_at_once_leave_one_decision()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var id = await InReviewAsync($"approve-or-reject-{round}");

            var (approve, reject) = await AtOnceAsync(
                () => ApproveAsync(ClaroApp.Reviewer, id, 1),
                () => app.StepAsync(ClaroApp.Reviewer2, id, "en", "request-changes", new { version = 1, comment = "Shorter, please." }));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], new[] { approve.StatusCode, reject.StatusCode }.Order());
            var state = (await app.CultureStateAsync(id, "en")).GetProperty("state").GetString();
            Assert.Equal(approve.StatusCode == HttpStatusCode.OK ? "Approved" : "Draft", state);
            await AssertConsistentAsync(id);
        }
    }

    /// <param name="sentToReview">Both saves also send their version to review: the kept one lands there, and nothing of the other does.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_saves_on_the_same_version_at_once_keep_one_and_refuse_the_other(bool sentToReview)
    {
        for (var round = 0; round < Rounds; round++)
        {
            var slug = sentToReview ? $"save-submit-twice-{round}" : $"save-twice-{round}";
            var id = await app.CreateDocumentAsync(slug, "First text.");

            var (first, second) = await AtOnceAsync(
                () => app.SaveDraftAsync(ClaroApp.Author, id, "en", Draft(slug, "One editor's text.", 1, sentToReview)),
                () => app.SaveDraftAsync(ClaroApp.Admin, id, "en", Draft(slug, "Another editor's text.", 1, sentToReview)));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], new[] { first.StatusCode, second.StatusCode }.Order());
            var state = await app.CultureStateAsync(id, "en");
            Assert.Equal((sentToReview ? "InReview" : "Draft", 2), (state.GetProperty("state").GetString(), state.GetProperty("latestVersion").GetInt32()));
            var winner = first.StatusCode == HttpStatusCode.OK ? ClaroApp.Author : ClaroApp.Admin;
            Assert.Equal([winner], (await EventsAsync(id, "Saved")).Select(e => e.GetProperty("actor").GetString()));
            Assert.Equal(sentToReview ? [winner] : [], (await EventsAsync(id, "Submitted")).Select(e => e.GetProperty("actor").GetString()));
            await AssertConsistentAsync(id);
        }
    }

    [Fact]
    public async Task A_translation_approval_that_loses_to_a_new_draft_leaves_nothing_in_the_translation_memory()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var tag = Guid.NewGuid().ToString("N")[..8];
            var id = await InReviewAsync($"memory-race-{tag}");
            (await ApproveAsync(ClaroApp.Reviewer, id, 1)).EnsureSuccessStatusCode();
            (await app.PublishAsync(id, ["en"])).EnsureSuccessStatusCode();
            (await app.SaveDraftAsync(ClaroApp.Translator, id, "es", Translation(tag, $"Primer texto {tag}.", 0))).EnsureSuccessStatusCode();
            (await app.StepAsync(ClaroApp.Translator, id, "es", "submit")).EnsureSuccessStatusCode();

            var (approve, save) = await AtOnceAsync(
                () => app.StepAsync(ClaroApp.Reviewer, id, "es", "approve", new { version = 1 }),
                () => app.SaveDraftAsync(ClaroApp.Translator, id, "es", Translation(tag, $"Segundo texto {tag}.", 1)));

            Assert.Contains(approve.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
            Assert.Equal(HttpStatusCode.OK, save.StatusCode);
            var remembered = (await app.GetJsonAsync(ClaroApp.Translator, "/api/v1/admin/translation-memory?source=en&target=es&text=" + Uri.EscapeDataString("First text.")))
                .EnumerateArray().Where(m => m.GetProperty("documentId").GetString() == id).ToList();
            if (approve.StatusCode == HttpStatusCode.OK)
            {
                var match = Assert.Single(remembered);
                Assert.Equal((1, $"Primer texto {tag}."), (match.GetProperty("version").GetInt32(), match.GetProperty("target").GetString()));
            }
            else
            {
                Assert.Empty(remembered);
            }

            var exported = await (await app.SignInAsync(ClaroApp.Translator)).GetStringAsync("/api/v1/admin/translation-memory.tmx?source=en&target=es");
            Assert.Equal(approve.StatusCode == HttpStatusCode.OK ? 3 : 0, System.Xml.Linq.XDocument.Parse(exported).Descendants("prop")
                .Count(p => (string?)p.Attribute("type") == "x-claro-document" && p.Value == id));
            await AssertConsistentAsync(id);
        }
    }

    private static object Translation(string tag, string body, int baseVersion) =>
        new { slug = $"carrera-{tag}", title = $"Carrera {tag}", summary = $"Dos a la vez {tag}.", body, changeNote = "", baseVersion };

    private static object Draft(string slug, string body, int baseVersion, bool submit = false) =>
        new { slug, title = "Race", summary = "Two at once.", body, changeNote = "Edited", baseVersion, submit };

    /// <summary>A new English document whose version 1 waits for review.</summary>
    private async Task<string> InReviewAsync(string slug)
    {
        var id = await app.CreateDocumentAsync(slug, "First text.");
        (await app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();
        return id;
    }

    private Task<HttpResponseMessage> ApproveAsync(string reviewer, string id, int version) =>
        app.StepAsync(reviewer, id, "en", "approve", new { version });

    /// <summary>Sends both requests at the same moment, each signed in beforehand so that nothing else holds one back.</summary>
    private async Task<(HttpResponseMessage First, HttpResponseMessage Second)> AtOnceAsync(Func<Task<HttpResponseMessage>> first, Func<Task<HttpResponseMessage>> second)
    {
        foreach (var who in new[] { ClaroApp.Author, ClaroApp.Reviewer, ClaroApp.Reviewer2, ClaroApp.Publisher, ClaroApp.Admin, ClaroApp.Translator })
        {
            await app.SignInAsync(who);
        }

        using var start = new SemaphoreSlim(0);
        var a = Task.Run(async () => { await start.WaitAsync(); return await first(); });
        var b = Task.Run(async () => { await start.WaitAsync(); return await second(); });
        start.Release(2);
        await Task.WhenAll(a, b);
        return (await a, await b);
    }

    private async Task<List<JsonElement>> EventsAsync(string id, string action) =>
        (await app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/documents/{id}/audit")).EnumerateArray()
            .Where(e => e.GetProperty("action").GetString() == action).ToList();

    /// <summary>
    /// What must hold whoever won: readers' version is the one Published version, only the latest version
    /// may be open, and each version's audit trail is an unbroken chain of states ending in its state.
    /// </summary>
    private async Task AssertConsistentAsync(string id)
    {
        var audit = (await app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/documents/{id}/audit")).EnumerateArray().ToList();
        var document = await app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}");
        foreach (var culture in document.GetProperty("cultures").EnumerateArray())
        {
            var name = culture.GetProperty("culture").GetString()!;
            var latest = culture.GetProperty("latestVersion").GetInt32();
            int? pointer = culture.GetProperty("publishedVersion").ValueKind == JsonValueKind.Number ? culture.GetProperty("publishedVersion").GetInt32() : null;
            var versions = (await app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}/{name}/versions")).EnumerateArray()
                .Select(v => (Number: v.GetProperty("number").GetInt32(), State: v.GetProperty("state").GetString()!)).ToList();

            Assert.Equal(pointer is { } live ? [live] : [], versions.Where(v => v.State == "Published").Select(v => v.Number));
            Assert.All(versions.Where(v => v.State is "Draft" or "InReview" or "Approved"), v => Assert.Equal(latest, v.Number));
            foreach (var (number, state) in versions)
            {
                var trail = audit.Where(e => e.GetProperty("culture").GetString() == name && e.GetProperty("version").ValueKind == JsonValueKind.Number
                    && e.GetProperty("version").GetInt32() == number).ToList();
                var at = (string?)null;
                foreach (var step in trail)
                {
                    var from = step.GetProperty("fromState").GetString();
                    Assert.True(from is null ? at is null : from == at,
                        $"{name} version {number}: '{step.GetProperty("action").GetString()}' from {from} follows {at ?? "nothing"}");
                    at = step.GetProperty("toState").GetString();
                }

                Assert.True(state == at, $"{name} version {number} is {state}, but its audit trail ends at {at}");
            }
        }
    }
}
