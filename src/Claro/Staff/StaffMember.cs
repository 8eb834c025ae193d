using Claro.Notifications;
using Microsoft.AspNetCore.Identity;

namespace Claro.Staff;

/// <summary>A member of the web team who signs in to write, translate, review or publish.</summary>
public sealed class StaffMember : IdentityUser
{
    /// <summary>The language of the mails this person gets; the site's default language when empty.</summary>
    public string? MailCulture { get; set; }

    /// <summary>The kinds of mail this person turned off on their profile page.</summary>
    public NotificationKind MutedNotifications { get; set; }

    /// <summary>The languages this person translates, as a space-separated list; every language when empty.</summary>
    public string? TranslatesCultures { get; set; }

    public bool Translates(string culture) =>
        string.IsNullOrWhiteSpace(TranslatesCultures) || TranslatesCultures.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(culture);
}
