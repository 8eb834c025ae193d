namespace Claro;

/// <summary>The SMTP server notifications to the web team go through (<c>Claro:Mail</c>).</summary>
public sealed class MailOptions
{
    /// <summary>The SMTP server's host name. Empty: mail is off, nothing is queued, and the dashboard says so.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>The sender address, such as <c>claro@kcpd.org</c>.</summary>
    public string From { get; set; } = "claro@localhost";

    /// <summary>The account to sign in to the SMTP server with; none when empty.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Encrypts the connection: TLS from the start on port 465, STARTTLS otherwise (required, never optional).</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>How often the outbox is looked at for mail to send.</summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long after a failed attempt a mail is tried again; the wait doubles with each failure, up to an hour.</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsOn => !string.IsNullOrWhiteSpace(Host);

    /// <summary>What is wrong with the mail settings, each as a sentence that names the setting; empty when nothing is or mail is off.</summary>
    public IEnumerable<string> Problems()
    {
        if (!IsOn)
        {
            yield break;
        }

        if (Port is < 1 or > 65535)
        {
            yield return $"Claro:Mail:Port: {Port} is not a TCP port (1 to 65535), such as 587 for STARTTLS or 465 for TLS.";
        }

        if (!MimeKit.MailboxAddress.TryParse(From, out var sender) || !sender.Address.Contains('@', StringComparison.Ordinal))
        {
            yield return $"Claro:Mail:From: '{From}' is not an e-mail address such as claro@kcpd.org.";
        }

        if (SendInterval <= TimeSpan.Zero || FirstRetryAfter <= TimeSpan.Zero)
        {
            yield return $"Claro:Mail:SendInterval and Claro:Mail:FirstRetryAfter ({SendInterval}, {FirstRetryAfter}) must be longer than zero, such as 00:00:10 and 00:01:00.";
        }
    }
}
