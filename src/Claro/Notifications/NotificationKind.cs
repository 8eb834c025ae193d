namespace Claro.Notifications;

/// <summary>What a mail to the web team is about; each staff member can turn each kind off.</summary>
[Flags]
public enum NotificationKind
{
    None = 0,

    /// <summary>A version waits for review: to every Reviewer but its author.</summary>
    ReviewRequested = 1,

    /// <summary>A reviewer asked for changes: to the version's author, with the comment.</summary>
    ChangesRequested = 2,

    /// <summary>A version was approved: to every Publisher.</summary>
    Approved = 4,

    /// <summary>A new source version went live: to the Translators of every language now behind it.</summary>
    TranslationOutdated = 8,

    /// <summary>A scheduled publication or withdrawal was done, or could not be: to whoever scheduled it.</summary>
    ScheduleOutcome = 16,

    /// <summary>A document's review date came: to its owner and every Publisher.</summary>
    ReviewDue = 32,
}
