namespace Claro.Notifications;

/// <summary>
/// A mail in the outbox: written in the same transaction as the step it tells of, sent afterwards by the
/// outbox's sender, and tried again until the SMTP server takes it, so that a lost server loses nothing.
/// </summary>
public sealed class Notification
{
    public const int MaxSubject = 300;
    public const int MaxError = 1000;

    public long Id { get; init; }

    /// <summary>The staff member's address.</summary>
    public required string To { get; init; }

    public NotificationKind Kind { get; init; }

    public required string DocumentId { get; init; }

    public required string Subject { get; init; }

    /// <summary>Plain text in the recipient's language: what happened and the staff page it happened on, nothing to sign in with.</summary>
    public required string Body { get; init; }

    public DateTime CreatedUtc { get; init; }

    /// <summary>Not before this time; a sender that takes the mail moves it on, so that no other node sends it meanwhile.</summary>
    public DateTime NextAttemptUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>Why the last attempt failed, for the dashboard.</summary>
    public string? LastError { get; set; }
}
