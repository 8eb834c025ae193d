using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Claro.Tests.Notifications;

/// <summary>Two web nodes on one PostgreSQL database, each with its own sender reading the same outbox.</summary>
[Trait("Category", "Postgres")]
public sealed class TwoNodeOutboxTests
{
    private const int Documents = 10;

    [PostgresFact]
    public async Task Two_nodes_sending_one_outbox_through_a_slow_server_deliver_each_mail_once()
    {
        using var mail = new MailCatcher();
        using var first = new MailApp(mail, new() { ["Claro:Database"] = "Postgres" });
        // The second node looks at the outbox every three minutes, the first every minute: it comes while the first is mid-way.
        using var second = first.SecondNode(new() { ["Claro:Mail:SendInterval"] = "00:03:00" });
        _ = second.Server;
        for (var i = 0; i < Documents; i++)
        {
            var id = await first.CreateDocumentAsync($"two-nodes-{i}", "Text.", title: $"Two nodes {i}");
            (await first.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();
        }

        var waiting = await UnsentAsync(first);
        // A slow server: each mail takes a minute of the site's clock, well within the five minutes a node holds the mail it
        // sends, but a batch of them takes far longer. The clock moves only as mail goes, so it never runs past a hold by itself.
        mail.Receiving = _ => first.Clock.Advance(TimeSpan.FromMinutes(1));
        var until = DateTime.UtcNow.AddSeconds(60);
        var seen = -1;
        while (await UnsentAsync(first) > 0 && DateTime.UtcNow < until)
        {
            if (mail.Received.Count == seen)
            {
                // Nothing went since the last look: the senders wait for their next tick.
                first.Clock.Advance(TimeSpan.FromMinutes(1));
            }

            seen = mail.Received.Count;
            await Task.Delay(300);
        }

        await Task.Delay(1000);

        Assert.Equal(0, await UnsentAsync(first));
        Assert.Equal(waiting, mail.Received.Count);
        Assert.Equal(waiting, mail.Received.Select(m => (To: m.To.ToString(), m.Subject)).Distinct().Count());
        foreach (var reviewer in new[] { ClaroApp.Reviewer, ClaroApp.Reviewer2 })
        {
            var subjects = mail.To(reviewer).Select(m => m.Subject ?? "").Where(s => s.StartsWith("Waiting for your review", StringComparison.Ordinal)).ToList();
            Assert.Equal(Documents, subjects.Count);
            Assert.Equal(Documents, subjects.Distinct().Count());
        }
    }

    private static Task<int> UnsentAsync(MailApp app) => app.WithDbAsync(db => db.Notifications.CountAsync(n => n.SentUtc == null));
}
