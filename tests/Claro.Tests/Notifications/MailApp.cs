using System.Text.RegularExpressions;
using Claro.Notifications;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Claro.Tests.Notifications;

/// <summary>The site with its mail pointed at a real SMTP server in the test process, on a clock the test moves.</summary>
public sealed partial class MailApp : ClaroApp
{
    public MailApp(MailCatcher mail, Dictionary<string, string?>? settings = null)
        : base(Merge(mail.Settings, settings), new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)))
    {
        Mail = mail;
    }

    public MailCatcher Mail { get; }

    public new FakeTimeProvider Clock => base.Clock!;

    /// <summary>
    /// Moves the clock a minute at a time, letting the outbox's sender run, until <paramref name="to"/> has
    /// <paramref name="count"/> mails whose subject contains <paramref name="subject"/>; returns them.
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> MailsAsync(string to, string subject, int count = 1)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var found = Mail.To(to).Where(m => (m.Subject ?? "").Contains(subject, StringComparison.Ordinal)).ToList();
            if (found.Count >= count || DateTime.UtcNow > until)
            {
                return found;
            }

            Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(50);
        }
    }

    /// <summary>Lets the sender run for a few ticks more, so that a mail that should not come would have come.</summary>
    public async Task SettleAsync()
    {
        for (var i = 0; i < 10; i++)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(50);
        }

        await WithDbAsync(async db =>
        {
            var until = DateTime.UtcNow.AddSeconds(10);
            while (await db.Notifications.AnyAsync(n => n.SentUtc == null) && DateTime.UtcNow < until)
            {
                Clock.Advance(TimeSpan.FromMinutes(1));
                await Task.Delay(50);
            }

            return 0;
        });
    }

    /// <summary>Sets a staff member's mail settings, as the profile page does.</summary>
    public Task SetMailSettingsAsync(string email, string? culture = null, NotificationKind muted = NotificationKind.None, string? translates = null) =>
        WithDbAsync(async db =>
        {
            var member = await db.Users.SingleAsync(u => u.Email == email);
            member.MailCulture = culture;
            member.MutedNotifications = muted;
            member.TranslatesCultures = translates;
            return await db.SaveChangesAsync();
        });

    /// <summary>Every address a mail's body links to.</summary>
    public static IReadOnlyList<string> Links(MimeMessage mail) => Link().Matches(mail.TextBody ?? "").Select(m => m.Value).ToList();

    private static Dictionary<string, string?> Merge(Dictionary<string, string?> first, Dictionary<string, string?>? more)
    {
        foreach (var (key, value) in more ?? [])
        {
            first[key] = value;
        }

        return first;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
