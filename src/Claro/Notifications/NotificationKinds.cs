namespace Claro.Notifications;

public static class NotificationKinds
{
    public static IReadOnlyList<NotificationKind> All { get; } =
    [
        NotificationKind.ReviewRequested, NotificationKind.ChangesRequested, NotificationKind.Approved,
        NotificationKind.TranslationOutdated, NotificationKind.ScheduleOutcome, NotificationKind.ReviewDue,
    ];
}
