using System.Globalization;
using Claro.Content;
using Claro.Localization;
using Claro.Storage;
using Claro.Translation;
using Claro.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Notifications;

/// <summary>
/// Who hears of a step, decided in one place from the step's audit events, and their mails written to the outbox
/// in the same SaveChanges as the step: the step and its mails are saved together or not at all, and sending
/// them later can neither slow the step down nor make it fail.
/// </summary>
public sealed class NotificationPlanner(ClaroDbContext db, PoTranslations translations, IOptions<ClaroOptions> options)
{
    /// <summary>Where links point when no public address is configured: the address <c>dotnet run</c> serves.</summary>
    public const string FallbackBaseUrl = "http://localhost:5080";

    private readonly ClaroOptions _options = options.Value;

    /// <summary>The site's shared strings (no <c>msgctxt</c>), put in each recipient's language as their mail is written.</summary>
    private readonly IStringLocalizer _shared = new PoStringLocalizer(translations, null);

    /// <summary>Adds to the context the mails the audit events call for (saved by the caller's SaveChanges); nothing while mail is off.</summary>
    internal async Task PlanAsync(Document document, IReadOnlyList<AuditEvent> audit, DateTime now, CancellationToken ct)
    {
        if (!_options.Mail.IsOn || !audit.Any(e => Notifies.Contains(e.Action)))
        {
            return;
        }

        var staff = await StaffDirectory.LoadAsync(db, _options.DefaultCulture, ct);
        foreach (var e in audit)
        {
            foreach (var (kind, recipients, text) in await DecideAsync(document, e, staff, ct))
            {
                foreach (var recipient in recipients.Where(r => r.Wants(kind) && !string.Equals(r.Email, e.Actor, StringComparison.OrdinalIgnoreCase))
                             .DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase))
                {
                    var localizer = new CultureLocalizer(_shared, recipient.Culture);
                    var (subject, body) = text(localizer).Render(localizer, BaseUrl);
                    db.Notifications.Add(new Notification
                    {
                        To = recipient.Email, Kind = kind, DocumentId = document.Id, Subject = subject, Body = body,
                        CreatedUtc = now, NextAttemptUtc = now,
                    });
                }
            }
        }
    }

    private string BaseUrl => string.IsNullOrWhiteSpace(_options.PublicBaseUrl) ? FallbackBaseUrl : _options.PublicBaseUrl.TrimEnd('/');

    private static readonly HashSet<string> Notifies =
    [
        AuditActions.Submitted, AuditActions.ChangesRequested, AuditActions.Approved, AuditActions.Published,
        AuditActions.ScheduleFailed, AuditActions.Withdrawn, AuditActions.WithdrawalFailed, AuditActions.ReviewDue,
    ];

    private async Task<IReadOnlyList<(NotificationKind Kind, IEnumerable<Recipient> To, Func<IStringLocalizer, MailText> Text)>> DecideAsync(
        Document document, AuditEvent e, IReadOnlyList<Recipient> staff, CancellationToken ct)
    {
        var title = document.ItemIn(e.Culture ?? document.SourceCulture)?.Latest?.Title ?? document.ItemIn(document.SourceCulture)?.Latest?.Title ?? document.Id;
        var language = Language(e.Culture);
        var version = e.Culture is null ? null : document.ItemIn(e.Culture)?.Versions.Find(v => v.Number == e.Version);
        var page = $"/admin/documents/{document.Id}";
        var bySchedule = e.Actor == PublicationSchedule.Scheduler.Email;
        switch (e.Action)
        {
            case AuditActions.Submitted when version is not null:
                return [(NotificationKind.ReviewRequested, staff.Where(r => r.Actor.MayApprove(version)), (IStringLocalizer T) => new MailText(
                    T["Waiting for your review: “{0}” ({1}, version {2})", title, language, version.Number].Value,
                    [T["{0} sent version {1} of “{2}” in {3} to review.", e.Actor, version.Number, title, language].Value],
                    null, $"{page}/{e.Culture}/review"))];

            case AuditActions.ChangesRequested when version is not null:
                return [(NotificationKind.ChangesRequested, staff.Where(r => version.IsWrittenBy(r.Email)), (IStringLocalizer T) => new MailText(
                    T["Changes requested: “{0}” ({1}, version {2})", title, language, version.Number].Value,
                    [T["{0} asked for changes to version {1} of “{2}” in {3}, which you wrote. The reviewer’s comment:", e.Actor, version.Number, title, language].Value],
                    e.Comment, $"{page}/{e.Culture}/edit"))];

            case AuditActions.Approved when version is not null:
                return [(NotificationKind.Approved, staff.Where(r => r.Actor.MayPublish()), (IStringLocalizer T) => new MailText(
                    T["Approved, ready to publish: “{0}” ({1}, version {2})", title, language, version.Number].Value,
                    [T["{0} approved version {1} of “{2}” in {3}. A publisher can now publish it.", e.Actor, version.Number, title, language].Value],
                    null, $"{page}#publish"))];

            case AuditActions.Published:
                var planned = new List<(NotificationKind, IEnumerable<Recipient>, Func<IStringLocalizer, MailText>)>();
                if (bySchedule && await ScheduledByAsync(document.Id, AuditActions.Scheduled, e.Culture, e.Version, ct) is { } publisher)
                {
                    planned.Add((NotificationKind.ScheduleOutcome, staff.Where(r => r.Email == publisher), (IStringLocalizer T) => new MailText(
                        T["Published as scheduled: “{0}” ({1}, version {2})", title, language, e.Version ?? 0].Value,
                        [T["Version {0} of “{1}” in {2} went live as you scheduled; readers see it now.", e.Version ?? 0, title, language].Value],
                        null, page)));
                }

                if (e.Culture == document.SourceCulture)
                {
                    planned.AddRange(TranslationsLeftBehind(document, e, staff, title, page));
                }

                return planned;

            case AuditActions.ScheduleFailed when await ScheduledByAsync(document.Id, AuditActions.Scheduled, e.Culture, e.Version, ct) is { } failedFor:
                return [(NotificationKind.ScheduleOutcome, staff.Where(r => r.Email == failedFor), (IStringLocalizer T) => new MailText(
                    T["Scheduled publication failed: “{0}” ({1}, version {2})", title, language, e.Version ?? 0].Value,
                    [T["Version {0} of “{1}” in {2} was not published at the time you scheduled. Readers still see what they saw before. Why:", e.Version ?? 0, title, language].Value],
                    e.Comment, page))];

            case AuditActions.Withdrawn when bySchedule && await ScheduledByAsync(document.Id, AuditActions.WithdrawalScheduled, null, null, ct) is { } withdrawnFor:
                return [(NotificationKind.ScheduleOutcome, staff.Where(r => r.Email == withdrawnFor), (IStringLocalizer T) => new MailText(
                    T["Withdrawn as scheduled: “{0}”", title].Value,
                    [T["“{0}” was withdrawn at the time you scheduled. Readers of every language now see the reason instead:", title].Value],
                    e.Comment, page))];

            case AuditActions.WithdrawalFailed when await ScheduledByAsync(document.Id, AuditActions.WithdrawalScheduled, null, null, ct) is { } notWithdrawnFor:
                return [(NotificationKind.ScheduleOutcome, staff.Where(r => r.Email == notWithdrawnFor), (IStringLocalizer T) => new MailText(
                    T["Scheduled withdrawal failed: “{0}”", title].Value,
                    [T["The withdrawal of “{0}” you scheduled was not carried out. Why:", title].Value],
                    e.Comment, page))];

            case AuditActions.ReviewDue:
                return [(NotificationKind.ReviewDue, staff.Where(r => r.Actor.MayPublish() || string.Equals(r.Email, document.Owner, StringComparison.OrdinalIgnoreCase)), (IStringLocalizer T) => new MailText(
                    T["Due for review: “{0}” (review by {1})", title, e.Comment ?? ""].Value,
                    [
                        T["“{0}” was to be read again by {1}.", title, e.Comment ?? ""].Value,
                        T["Check that it still says what the department does, start a new version if it does not, and set the next review date on its page."].Value,
                    ],
                    null, $"{page}#review"))];

            default:
                return [];
        }
    }

    /// <summary>After a new source version went live: one mail to each translator of each language now behind it.</summary>
    private static IEnumerable<(NotificationKind, IEnumerable<Recipient>, Func<IStringLocalizer, MailText>)> TranslationsLeftBehind(
        Document document, AuditEvent e, IReadOnlyList<Recipient> staff, string title, string page)
    {
        foreach (var status in TranslationStatus.Of(document).Where(s => s is { IsSource: false, Outdated: true }))
        {
            var translatedFrom = document.ItemIn(status.Culture)?.Published?.SourceVersion ?? status.SourceVersion;
            yield return (NotificationKind.TranslationOutdated,
                staff.Where(r => r.Actor.Has(Staff.Roles.Translator) && r.Member.Translates(status.Culture)),
                (IStringLocalizer T) => new MailText(
                    T["Translation to update: “{0}” in {1}", title, Language(status.Culture)].Value,
                    [T["Version {0} of the {1} source of “{2}” is published. The {3} translation was made from source version {4}, so it is now behind.",
                        e.Version ?? 0, Language(document.SourceCulture), title, Language(status.Culture), translatedFrom ?? 0].Value],
                    null, $"{page}/{status.Culture}/translate"));
        }
    }

    /// <summary>Who planned what the scheduler just did: the latest event of that kind on the document, culture and version.</summary>
    private Task<string?> ScheduledByAsync(string documentId, string action, string? culture, int? version, CancellationToken ct) =>
        db.AuditEvents.AsNoTracking()
            .Where(a => a.DocumentId == documentId && a.Action == action && (culture == null || a.Culture == culture) && (version == null || a.Version == version))
            .OrderByDescending(a => a.Id).Select(a => a.Actor).FirstOrDefaultAsync(ct);

    /// <summary>A language by its own name (English, Español), as the staff pages name it.</summary>
    internal static string Language(string? culture)
    {
        if (culture is null)
        {
            return "";
        }

        var name = CultureInfo.GetCultureInfo(culture).NativeName;
        return name.Length == 0 ? culture : char.ToUpper(name[0], CultureInfo.GetCultureInfo(culture)) + name[1..];
    }
}
