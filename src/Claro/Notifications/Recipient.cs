using Claro.Staff;

namespace Claro.Notifications;

/// <summary>A staff member as the notifications see them: roles, the language of their mail, what they turned off.</summary>
internal sealed record Recipient(Actor Actor, string Culture, NotificationKind Muted, StaffMember Member)
{
    public string Email => Actor.Email;

    public bool Wants(NotificationKind kind) => (Muted & kind) == 0;
}
