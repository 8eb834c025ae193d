using Claro.Notifications;
using Claro.Staff;
using Claro.Storage;
using Claro.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Site.Admin;

/// <summary><c>/admin/profile</c>: which mails I get, in which language, and for which languages I translate.</summary>
internal sealed class ProfileModel(UserManager<StaffMember> users, IOptions<ClaroOptions> options, IStringLocalizer<SiteText> text) : AdminPageModel
{
    internal IReadOnlyList<string> Cultures => options.Value.Cultures;

    internal bool MailIsOn => options.Value.Mail.IsOn;

    internal bool IsTranslator => Actor.Has(Roles.Translator);

    internal string MailCulture { get; private set; } = "";

    internal NotificationKind Muted { get; private set; }

    internal IReadOnlySet<string> Translates { get; private set; } = new HashSet<string>();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Forbid();
        }

        Show(member);
        return Page();
    }

    /// <param name="kinds">The kinds of mail ticked: everything else is turned off.</param>
    /// <param name="translates">The languages ticked; none ticked means every language.</param>
    public async Task<IActionResult> OnPostAsync(string? mailCulture, List<NotificationKind> kinds, List<string> translates)
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Forbid();
        }

        if (mailCulture is not null && !options.Value.IsSupported(mailCulture))
        {
            Show(member);
            return Refused(Refusal.Invalid("Choose one of the site's languages for your mail."));
        }

        if (translates.Exists(c => !options.Value.IsSupported(c)))
        {
            Show(member);
            return Refused(Refusal.Invalid("Choose the languages you translate among the site's languages."));
        }

        member.MailCulture = mailCulture;
        member.MutedNotifications = NotificationKinds.All.Where(k => !kinds.Contains(k)).Aggregate(NotificationKind.None, (all, k) => all | k);
        member.TranslatesCultures = translates.Count == 0 ? null : string.Join(' ', translates.Distinct(StringComparer.Ordinal));
        var saved = await users.UpdateAsync(member);
        if (!saved.Succeeded)
        {
            Show(member);
            return Refused(Refusal.Conflict("Your settings changed in another window meanwhile: look at them again and save."));
        }

        return Done("/admin/profile", "profile-saved");
    }

    /// <summary>A kind of mail in words, as the checkbox names it.</summary>
    internal string Describe(NotificationKind kind) => kind switch
    {
        NotificationKind.ReviewRequested => text["A version waits for my review"],
        NotificationKind.ChangesRequested => text["A reviewer asks for changes to a version I wrote"],
        NotificationKind.Approved => text["A version is approved and can be published (publishers)"],
        NotificationKind.TranslationOutdated => text["A translation I make falls behind its source (translators)"],
        NotificationKind.ScheduleOutcome => text["A publication or withdrawal I scheduled is done, or failed"],
        _ => text["A document I own, or publish, reaches its review date"],
    };

    private void Show(StaffMember member)
    {
        Title = text["Your profile"];
        MailCulture = string.IsNullOrWhiteSpace(member.MailCulture) ? options.Value.DefaultCulture : member.MailCulture;
        Muted = member.MutedNotifications;
        Translates = (member.TranslatesCultures ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }
}
