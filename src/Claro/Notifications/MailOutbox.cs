using Claro.Storage;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Claro.Notifications;

/// <summary>
/// Sends what waits in the outbox through the SMTP server. Each mail is taken just before it is sent, for a few minutes
/// (one conditional update that only one node can win), so that two nodes never send it both; one the server does not
/// take is tried again later, waiting longer each time, until it does. Nothing is dropped: a server that is away for a
/// day gets a day's mail.
/// </summary>
public sealed class MailOutbox(ClaroDbContext db, TimeProvider clock, IOptions<ClaroOptions> options, ILogger<MailOutbox> logger)
{
    /// <summary>
    /// How long a node holds the mail it is sending before another may take it, should it stop mid-way: far longer than
    /// one send may take (<see cref="SendTimeout"/>), and taken per mail. A hold taken for a whole batch ran out while the
    /// first mails of a slow batch went, and the other node sent the rest again.
    /// </summary>
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    private const int Batch = 50;

    private readonly MailOptions _mail = options.Value.Mail;

    /// <summary>Sends the mails whose time has come; returns how many the server took.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        if (!_mail.IsOn)
        {
            return 0;
        }

        var due = await db.Notifications.AsNoTracking()
            .Where(n => n.SentUtc == null && n.NextAttemptUtc <= clock.GetUtcNow().UtcDateTime)
            .OrderBy(n => n.Id).Select(n => n.Id).Take(Batch).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var sent = 0;
        var tried = 0;
        (Notification Mail, DateTime HeldUntil)? sending = null;
        using var smtp = new SmtpClient();
        try
        {
            await ConnectAsync(smtp, ct);
            for (; tried < due.Count; tried++)
            {
                sending = await TakeAsync(due[tried], ct);
                if (sending is not { } taken)
                {
                    // Another node took it since it was read, or sent it.
                    continue;
                }

                await smtp.SendAsync(ToMessage(taken.Mail), ct);
                await db.Notifications.Where(n => n.Id == taken.Mail.Id).ExecuteUpdateAsync(set => set
                    .SetProperty(n => n.SentUtc, clock.GetUtcNow().UtcDateTime)
                    .SetProperty(n => n.LastError, (string?)null), ct);
                sending = null;
                sent++;
            }

            await smtp.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("The SMTP server {Host}:{Port} did not take {Count} mails; they are tried again later: {Error}", _mail.Host, _mail.Port, due.Count - sent, e.Message);
            if (sending is { } failed)
            {
                await PostponeAsync(failed.Mail.Id, failed.HeldUntil, e.Message, ct);
            }

            foreach (var id in due.Skip(tried + (sending is null ? 0 : 1)))
            {
                await PostponeAsync(id, heldUntil: null, e.Message, ct);
            }
        }

        return sent;
    }

    /// <summary>How many mails wait, and why the last attempt of the oldest failed, if it did: for the dashboard.</summary>
    public async Task<(int Waiting, string? LastError)> BacklogAsync(CancellationToken ct = default)
    {
        var waiting = db.Notifications.AsNoTracking().Where(n => n.SentUtc == null);
        return (await waiting.CountAsync(ct), await waiting.OrderBy(n => n.Id).Select(n => n.LastError).FirstOrDefaultAsync(ct));
    }

    /// <summary>Holds one mail for this node, if it is still due: of two nodes, only one update finds it so.</summary>
    private async Task<(Notification Mail, DateTime HeldUntil)?> TakeAsync(long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Whole milliseconds: the hold is found again by its value, and PostgreSQL keeps microseconds, not .NET's ticks.
        var until = now + Hold;
        var heldUntil = new DateTime(until.Ticks - until.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        var held = await db.Notifications
            .Where(n => n.Id == id && n.SentUtc == null && n.NextAttemptUtc <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.NextAttemptUtc, heldUntil), ct);
        return held == 1 ? (await db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id, ct), heldUntil) : null;
    }

    private async Task ConnectAsync(SmtpClient smtp, CancellationToken ct)
    {
        smtp.Timeout = (int)SendTimeout.TotalMilliseconds;
        var security = !_mail.UseTls ? SecureSocketOptions.None : _mail.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await smtp.ConnectAsync(_mail.Host!, _mail.Port, security, ct);
        if (!string.IsNullOrEmpty(_mail.UserName))
        {
            await smtp.AuthenticateAsync(_mail.UserName, _mail.Password ?? "", ct);
        }
    }

    private MimeMessage ToMessage(Notification mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_mail.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        // RFC 3834: a machine wrote this; out-of-office replies should not answer it.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = mail.Body };
        return message;
    }

    /// <summary>
    /// Tries a mail again later, waiting twice as long as the last time, when it is still this node's to try: the one it
    /// held (<paramref name="heldUntil"/>), or one still due that no other node holds.
    /// </summary>
    private async Task PostponeAsync(long id, DateTime? heldUntil, string error, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = await db.Notifications.Where(n => n.Id == id).Select(n => n.Attempts).SingleAsync(ct) + 1;
        var wait = TimeSpan.FromTicks(Math.Min(_mail.FirstRetryAfter.Ticks * (1L << Math.Min(attempts - 1, 20)), LongestWait.Ticks));
        var reason = error.Length <= Notification.MaxError ? error : error[..Notification.MaxError];
        var mail = db.Notifications.Where(n => n.Id == id && n.SentUtc == null);
        mail = heldUntil is { } held ? mail.Where(n => n.NextAttemptUtc == held) : mail.Where(n => n.NextAttemptUtc <= now);
        await mail.ExecuteUpdateAsync(set => set
                .SetProperty(n => n.Attempts, attempts)
                .SetProperty(n => n.NextAttemptUtc, now + wait)
                .SetProperty(n => n.LastError, reason), ct);
    }
}
