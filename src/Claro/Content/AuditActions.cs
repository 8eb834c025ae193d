namespace Claro.Content;

/// <summary>Names of audit actions; Orchard Core's content events plus Claro's review steps.</summary>
public static class AuditActions
{
    public const string Created = "Created";
    public const string Saved = "Saved";
    public const string Submitted = "Submitted";
    public const string ChangesRequested = "ChangesRequested";
    public const string Approved = "Approved";
    public const string Scheduled = "Scheduled";
    public const string Published = "Published";
    public const string Superseded = "Superseded";
    /// <summary>Orchard Core's name for the event, and what every stored trail and backup holds: the value must not change.</summary>
    public const string Withdrawn = "Unpublished";
    public const string Imported = "Imported";
    public const string Restored = "Restored";
    public const string ScheduleFailed = "ScheduleFailed";
    public const string ShortLinkCreated = "ShortLinkCreated";
    public const string WithdrawalScheduled = "WithdrawalScheduled";
    public const string WithdrawalCancelled = "WithdrawalCancelled";
    public const string WithdrawalFailed = "WithdrawalFailed";
    public const string ReviewDateSet = "ReviewDateSet";
    public const string ReviewDue = "ReviewDue";
}
