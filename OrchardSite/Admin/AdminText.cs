using System.Globalization;
using Claro.Content;
using Claro.Reading;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin;

/// <summary>Words and formats the staff pages share, in the staff member's language.</summary>
internal static class AdminText
{
    public static string State(IStringLocalizer t, VersionState state) => state switch
    {
        VersionState.Draft => t["Draft"],
        VersionState.InReview => t["In review"],
        VersionState.Approved => t["Approved"],
        VersionState.Published => t["Published"],
        _ => t["Superseded"],
    };

    public static string Readability(IStringLocalizer t, ReadabilityScore? score) => score switch
    {
        null => t["No readability measure for this language"],
        { Measure: Claro.Reading.Readability.FleschKincaidGrade, MeetsTarget: true } => t["Grade {0} — meets the target ({1} or lower)", Number(score.Score), Number(score.Target)],
        { Measure: Claro.Reading.Readability.FleschKincaidGrade } => t["Grade {0} — above the target ({1} or lower)", Number(score.Score), Number(score.Target)],
        { MeetsTarget: true } => t["Reading ease {0} — meets the target ({1} or higher)", Number(score.Score), Number(score.Target)],
        _ => t["Reading ease {0} — below the target ({1} or higher)", Number(score.Score), Number(score.Target)],
    };

    /// <summary>An audit action in words; an action this list does not know shows as recorded.</summary>
    public static string Action(IStringLocalizer t, string action) => action switch
    {
        AuditActions.Created => t["Created"],
        AuditActions.Saved => t["Saved"],
        AuditActions.Submitted => t["Sent to review"],
        AuditActions.ChangesRequested => t["Changes requested"],
        AuditActions.Approved => t["Approved"],
        AuditActions.Scheduled => t["Scheduled"],
        AuditActions.Published => t["Published"],
        AuditActions.Superseded => t["Superseded"],
        AuditActions.Withdrawn => t["Withdrawn"],
        AuditActions.Imported => t["Imported"],
        AuditActions.Restored => t["Restored"],
        AuditActions.ShortLinkCreated => t["Short link made"],
        AuditActions.ScheduleFailed => t["Scheduled publication failed"],
        AuditActions.WithdrawalScheduled => t["Withdrawal scheduled"],
        AuditActions.WithdrawalCancelled => t["Withdrawal cancelled"],
        AuditActions.WithdrawalFailed => t["Scheduled withdrawal failed"],
        AuditActions.ReviewDateSet => t["Review date set"],
        AuditActions.ReviewDue => t["Review date reached"],
        _ => action,
    };

    /// <summary>The message for <c>?done=…</c> after an action succeeded; null for anything else.</summary>
    public static string? Done(IStringLocalizer t, string? done) => done switch
    {
        "created" => t["The document is created."].Value,
        "saved" => t["The draft is saved."].Value,
        "saved-submitted" => t["The draft is saved and sent to review."].Value,
        "submitted" => t["The version is sent to review."].Value,
        "approved" => t["The version is approved."].Value,
        "changes-requested" => t["The version is back with its author, with your comment."].Value,
        "published" => t["Published: readers see the new versions now."].Value,
        "scheduled" => t["The publication is scheduled."].Value,
        "withdrawn" => t["The document is withdrawn: readers see the reason instead."].Value,
        "link-created" => t["The short link is ready."].Value,
        "withdrawal-scheduled" => t["The withdrawal is scheduled: until then you can cancel it here."].Value,
        "withdrawal-cancelled" => t["The withdrawal is cancelled: readers keep seeing the page."].Value,
        "review-date-set" => t["The review date is set."].Value,
        "profile-saved" => t["Your mail settings are saved."].Value,
        _ => null,
    };

    /// <summary>A language's name in that language ("English", "Español"), as the readers' switcher shows it.</summary>
    public static string Culture(string culture) => new Reading.LanguageLink(culture, "").NativeName;

    public static IHtmlContent When(DateTime? utc) => utc is { } at
        ? new HtmlString($"<time datetime=\"{at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\">{System.Net.WebUtility.HtmlEncode(at.ToString("g", CultureInfo.CurrentCulture))} UTC</time>")
        : HtmlString.Empty;

    private static string Number(double value) => value.ToString("0.#", CultureInfo.CurrentCulture);
}
