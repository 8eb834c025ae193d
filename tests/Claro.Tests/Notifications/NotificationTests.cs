using System.Net;
using System.Net.Http.Json;
using Claro.Notifications;
using Claro.Tests.Admin;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Claro.Tests.Notifications;

/// <summary>Each kind of mail, driven through the real site and delivered through a real SMTP server.</summary>
[Trait("Category", "Database")]
public sealed class NotificationTests : IDisposable
{
    private readonly MailCatcher _mail = new();
    private readonly MailApp _app;

    public NotificationTests() => _app = new MailApp(_mail);

    [Fact]
    public async Task A_version_sent_to_review_is_mailed_to_every_reviewer_but_its_author()
    {
        var id = await _app.CreateDocumentAsync("curfew", "The curfew starts at 11 pm.", title: "Curfew hours");
        // An admin (a Reviewer too) writes the version, an author sends it: the admin must not be asked to review it.
        (await _app.SaveDraftAsync(ClaroApp.Admin, id, "en", new { slug = "curfew", title = "Curfew hours", summary = "", body = "It starts at 11 pm.", changeNote = "Shorter", baseVersion = 1 })).EnsureSuccessStatusCode();

        (await _app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();
        var reviewer = await _app.MailsAsync(ClaroApp.Reviewer, "Waiting for your review");
        var reviewer2 = await _app.MailsAsync(ClaroApp.Reviewer2, "Waiting for your review");
        await _app.SettleAsync();

        var mail = Assert.Single(reviewer);
        Assert.Single(reviewer2);
        Assert.Equal("Waiting for your review: “Curfew hours” (English, version 2)", mail.Subject);
        Assert.Contains("author@example.org sent version 2 of “Curfew hours” in English to review.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://kcpd.org/admin/documents/{id}/en/review", MailApp.Links(mail));
        Assert.Empty(_mail.To(ClaroApp.Admin));
        Assert.Empty(_mail.To(ClaroApp.Author));
        Assert.Empty(_mail.To(ClaroApp.Publisher));
    }

    [Fact]
    public async Task A_draft_saved_and_sent_to_review_at_once_is_mailed_to_the_reviewers_as_a_submission_is()
    {
        var id = await _app.CreateDocumentAsync("curfew-fix", "The curfew starts at 11 pm.", title: "Curfew fix");

        (await _app.SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "curfew-fix", title = "Curfew fix", summary = "", body = "It starts at 10 pm.", changeNote = "Corrected the hour", baseVersion = 1, submit = true }))
            .EnsureSuccessStatusCode();
        var reviewer = await _app.MailsAsync(ClaroApp.Reviewer, "Waiting for your review");
        await _app.SettleAsync();

        var mail = Assert.Single(reviewer);
        Assert.Equal("Waiting for your review: “Curfew fix” (English, version 2)", mail.Subject);
        Assert.Contains("author@example.org sent version 2 of “Curfew fix” in English to review.", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(_mail.To(ClaroApp.Author));
    }

    [Fact]
    public async Task No_mail_holds_anything_to_sign_in_with_only_links_to_staff_pages()
    {
        var id = await _app.CreateDocumentAsync("leak-check", "Text.", title: "Leak check");
        var token = (await _app.SignInAsync(ClaroApp.Author)).DefaultRequestHeaders.Authorization!.Parameter!;
        (await _app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();

        var mail = Assert.Single(await _app.MailsAsync(ClaroApp.Reviewer, "Waiting for your review"));
        var raw = mail.ToString();

        Assert.DoesNotContain(ClaroApp.Password, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(token, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("token", raw, StringComparison.OrdinalIgnoreCase);
        Assert.All(MailApp.Links(mail), link => Assert.Matches(@"^https://kcpd\.org/admin/[a-z0-9/#-]*$", link));
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        Assert.Equal("claro@kcpd.org", mail.From.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Changes_requested_are_mailed_to_the_versions_author_with_the_comment()
    {
        var id = await _app.CreateDocumentAsync("stops", "Officers may stop you.", title: "Traffic stops");
        (await _app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();

        (await _app.StepAsync(ClaroApp.Reviewer, id, "en", "request-changes", new { version = 1, comment = "Say when.\nAnd where." })).EnsureSuccessStatusCode();
        var mail = Assert.Single(await _app.MailsAsync(ClaroApp.Author, "Changes requested"));

        Assert.Equal("Changes requested: “Traffic stops” (English, version 1)", mail.Subject);
        Assert.Contains("reviewer@example.org asked for changes to version 1 of “Traffic stops” in English", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("> Say when.\n> And where.", (mail.TextBody ?? "").ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"https://kcpd.org/admin/documents/{id}/en/edit", MailApp.Links(mail));
    }

    [Fact]
    public async Task An_approval_is_mailed_to_every_publisher_once_even_when_two_reviewers_approve_at_the_same_moment()
    {
        var id = await _app.CreateDocumentAsync("approved", "Text.", title: "Approved page");
        (await _app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();

        var both = await Task.WhenAll(_app.ApproveAsync(ClaroApp.Reviewer, id, "en", 1), _app.ApproveAsync(ClaroApp.Reviewer2, id, "en", 1));
        var publisher = await _app.MailsAsync(ClaroApp.Publisher, "Approved, ready to publish");
        var admin = await _app.MailsAsync(ClaroApp.Admin, "Approved, ready to publish");
        await _app.SettleAsync();

        Assert.Single(both, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(publisher);
        Assert.Single(admin);
        Assert.Contains($"https://kcpd.org/admin/documents/{id}#publish", MailApp.Links(publisher[0]));
        Assert.Empty(_mail.To(ClaroApp.Author));
    }

    [Fact]
    public async Task A_new_source_version_published_is_mailed_to_the_translators_of_each_language_it_leaves_behind()
    {
        var id = await _app.CreateDocumentAsync("cameras", "Officers wear cameras.", title: "Body cameras");
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        (await _app.SaveDraftAsync(ClaroApp.Translator, id, "es", new { slug = "camaras", title = "Cámaras", summary = "", body = "Los agentes llevan cámaras.", changeNote = "", baseVersion = 0 })).EnsureSuccessStatusCode();
        await _app.ReviewAndPublishAsync(id, ("es", ClaroApp.Translator));
        await _app.SettleAsync();
        Assert.Empty(_mail.To(ClaroApp.Translator));
        (await _app.SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "cameras", title = "Body cameras", summary = "", body = "Officers wear cameras at all times.", changeNote = "", baseVersion = 1 })).EnsureSuccessStatusCode();
        (await _app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();
        (await _app.ApproveAsync(ClaroApp.Reviewer, id, "en")).EnsureSuccessStatusCode();

        (await _app.PublishAsync(id, ["en"], allowOutdated: true)).EnsureSuccessStatusCode();
        var mail = Assert.Single(await _app.MailsAsync(ClaroApp.Translator, "Translation to update"));

        Assert.Equal("Translation to update: “Body cameras” in Español", mail.Subject);
        Assert.Contains("Version 2 of the English source of “Body cameras” is published. The Español translation was made from source version 1", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://kcpd.org/admin/documents/{id}/es/translate", MailApp.Links(mail));
    }

    [Fact]
    public async Task A_translator_of_other_languages_is_not_told_of_this_one()
    {
        await _app.SetMailSettingsAsync(ClaroApp.Translator, translates: "fr");
        var id = await _app.CreateDocumentAsync("lights", "Lights on.", title: "Lights");
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        (await _app.SaveDraftAsync(ClaroApp.Translator, id, "es", new { slug = "luces", title = "Luces", summary = "", body = "Luces.", changeNote = "", baseVersion = 0 })).EnsureSuccessStatusCode();
        await _app.ReviewAndPublishAsync(id, ("es", ClaroApp.Translator));
        (await _app.SaveDraftAsync(ClaroApp.Author, id, "en", new { slug = "lights", title = "Lights", summary = "", body = "Lights off.", changeNote = "", baseVersion = 1 })).EnsureSuccessStatusCode();
        (await _app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();
        (await _app.ApproveAsync(ClaroApp.Reviewer, id, "en")).EnsureSuccessStatusCode();
        (await _app.PublishAsync(id, ["en"], allowOutdated: true)).EnsureSuccessStatusCode();
        await _app.MailsAsync(ClaroApp.Admin, "Translation to update");
        await _app.SettleAsync();

        Assert.DoesNotContain(_mail.To(ClaroApp.Translator), m => (m.Subject ?? "").StartsWith("Translation to update", StringComparison.Ordinal));
        Assert.Single(_mail.To(ClaroApp.Admin), m => (m.Subject ?? "").StartsWith("Translation to update", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_mail_is_in_its_recipients_language_and_a_kind_turned_off_is_not_sent()
    {
        await _app.SetMailSettingsAsync(ClaroApp.Reviewer2, culture: "es");
        await _app.SetMailSettingsAsync(ClaroApp.Admin, muted: NotificationKind.ReviewRequested);
        var id = await _app.CreateDocumentAsync("languages", "Text.", title: "Languages");

        (await _app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();
        var spanish = Assert.Single(await _app.MailsAsync(ClaroApp.Reviewer2, "Espera su revisión"));
        var english = Assert.Single(await _app.MailsAsync(ClaroApp.Reviewer, "Waiting for your review"));
        await _app.SettleAsync();

        Assert.Equal("Espera su revisión: «Languages» (English, versión 1)", spanish.Subject);
        Assert.Contains("author@example.org envió a revisión la versión 1 de «Languages» en English.", spanish.TextBody, StringComparison.Ordinal);
        Assert.Contains("Ábralo en Claro:", spanish.TextBody, StringComparison.Ordinal);
        Assert.Contains("Open it in Claro:", english.TextBody, StringComparison.Ordinal);
        Assert.Empty(_mail.To(ClaroApp.Admin));
    }

    [Fact]
    public async Task A_scheduled_publication_is_mailed_to_the_publisher_who_scheduled_it_when_done_and_when_it_failed()
    {
        var publisher = await _app.SignInAsync(ClaroApp.Publisher);
        var done = await _app.CreateDocumentAsync("scheduled", "Text.", title: "Scheduled page");
        (await _app.StepAsync(ClaroApp.Author, done, "en", "submit")).EnsureSuccessStatusCode();
        (await _app.ApproveAsync(ClaroApp.Reviewer, done, "en")).EnsureSuccessStatusCode();
        (await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{done}/en/schedule", new { publishAt = "2026-12-01T09:00:00Z" })).EnsureSuccessStatusCode();
        // A translation of a source version readers will not see: its schedule cannot be kept.
        var failed = await _app.CreateDocumentAsync("not-kept", "Text.", title: "Not kept");
        await _app.ReviewAndPublishAsync(failed, ("en", ClaroApp.Author));
        (await _app.SaveDraftAsync(ClaroApp.Author, failed, "en", new { slug = "not-kept", title = "Not kept", summary = "", body = "Text 2.", changeNote = "", baseVersion = 1 })).EnsureSuccessStatusCode();
        (await _app.SaveDraftAsync(ClaroApp.Translator, failed, "es", new { slug = "no-cumplido", title = "No cumplido", summary = "", body = "Texto 2.", changeNote = "", baseVersion = 0 })).EnsureSuccessStatusCode();
        (await _app.StepAsync(ClaroApp.Translator, failed, "es", "submit")).EnsureSuccessStatusCode();
        (await _app.ApproveAsync(ClaroApp.Reviewer, failed, "es")).EnsureSuccessStatusCode();
        var admin = await _app.SignInAsync(ClaroApp.Admin);
        (await admin.PostAsJsonAsync($"/api/v1/admin/documents/{failed}/es/schedule", new { publishAt = "2026-12-01T09:00:00Z" })).EnsureSuccessStatusCode();

        _app.Clock.Advance(TimeSpan.FromHours(1));
        var published = Assert.Single(await _app.MailsAsync(ClaroApp.Publisher, "Published as scheduled"));
        var notPublished = Assert.Single(await _app.MailsAsync(ClaroApp.Admin, "Scheduled publication failed"));

        Assert.Equal("Published as scheduled: “Scheduled page” (English, version 1)", published.Subject);
        Assert.Contains($"https://kcpd.org/admin/documents/{done}", MailApp.Links(published));
        Assert.Equal("Scheduled publication failed: “No cumplido” (Español, version 1)", notPublished.Subject);
        Assert.Contains("> Spanish version 1 was translated from English version 2, which readers do not see yet.", notPublished.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(_mail.To(ClaroApp.Admin), m => (m.Subject ?? "").StartsWith("Published as scheduled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_scheduled_withdrawal_is_mailed_to_the_publisher_who_scheduled_it_when_done_and_when_it_failed()
    {
        var publisher = await _app.SignInAsync(ClaroApp.Publisher);
        var done = await _app.CreateDocumentAsync("to-withdraw", "Text.", title: "To withdraw");
        await _app.ReviewAndPublishAsync(done, ("en", ClaroApp.Author));
        var failed = await _app.CreateDocumentAsync("withdrawn-first", "Text.", title: "Withdrawn first");
        await _app.ReviewAndPublishAsync(failed, ("en", ClaroApp.Author));
        (await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{done}/withdraw", new { reason = "Replaced by the 2027 policy.", at = "2026-12-01T09:00:00Z" })).EnsureSuccessStatusCode();
        (await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{failed}/withdraw", new { reason = "Out of date.", at = "2026-12-01T09:00:00Z" })).EnsureSuccessStatusCode();
        (await (await _app.SignInAsync(ClaroApp.Admin)).PostAsJsonAsync($"/api/v1/admin/documents/{failed}/withdraw", new { reason = "Wrong at once." })).EnsureSuccessStatusCode();

        _app.Clock.Advance(TimeSpan.FromHours(1));
        var withdrawn = Assert.Single(await _app.MailsAsync(ClaroApp.Publisher, "Withdrawn as scheduled"));
        var notWithdrawn = Assert.Single(await _app.MailsAsync(ClaroApp.Publisher, "Scheduled withdrawal failed"));

        Assert.Equal("Withdrawn as scheduled: “To withdraw”", withdrawn.Subject);
        Assert.Contains("> Replaced by the 2027 policy.", withdrawn.TextBody, StringComparison.Ordinal);
        Assert.Equal("Scheduled withdrawal failed: “Withdrawn first”", notWithdrawn.Subject);
        Assert.Contains("already withdrawn on 2026-12-01 08:00 UTC, with the reason: Wrong at once.", notWithdrawn.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_date_reached_is_mailed_once_to_the_owner_and_the_publishers()
    {
        var id = await _app.CreateDocumentAsync("review-due", "Text.", title: "Review due");
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        var publisher = await _app.SignInAsync(ClaroApp.Publisher);
        (await publisher.PutAsJsonAsync($"/api/v1/admin/documents/{id}/review-by", new { date = "2026-12-02" })).EnsureSuccessStatusCode();

        _app.Clock.Advance(TimeSpan.FromDays(1));
        var owner = await _app.MailsAsync(ClaroApp.Author, "Due for review");
        var publishers = await _app.MailsAsync(ClaroApp.Publisher, "Due for review");
        _app.Clock.Advance(TimeSpan.FromHours(2));
        await _app.SettleAsync();

        var mail = Assert.Single(owner);
        Assert.Single(publishers);
        Assert.Single(_mail.To(ClaroApp.Admin), m => (m.Subject ?? "").StartsWith("Due for review", StringComparison.Ordinal));
        Assert.Equal("Due for review: “Review due” (review by 2026-12-02)", mail.Subject);
        Assert.Contains($"https://kcpd.org/admin/documents/{id}#review", MailApp.Links(mail));
        Assert.DoesNotContain(_mail.To(ClaroApp.Reviewer), m => (m.Subject ?? "").StartsWith("Due for review", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lost_mail_server_fails_no_step_and_loses_no_mail()
    {
        _mail.Stop();
        var id = await _app.CreateDocumentAsync("server-away", "Text.", title: "Server away");

        var submitted = await _app.StepAsync(ClaroApp.Author, id, "en", "submit");
        for (var i = 0; i < 3; i++)
        {
            _app.Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(200);
        }

        var waiting = await _app.WithDbAsync(db => db.Notifications.Where(n => n.To == ClaroApp.Reviewer).ToListAsync());
        _mail.Start();
        _app.Clock.Advance(TimeSpan.FromMinutes(10));
        var delivered = await _app.MailsAsync(ClaroApp.Reviewer, "Waiting for your review");
        await _app.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var row = Assert.Single(waiting);
        Assert.Null(row.SentUtc);
        Assert.True(row.Attempts >= 1, "the sender tried while the server was away");
        Assert.NotNull(row.LastError);
        Assert.Single(delivered);
        Assert.NotNull((await _app.WithDbAsync(db => db.Notifications.SingleAsync(n => n.Id == row.Id))).SentUtc);
    }

    [Fact]
    public async Task The_profile_page_sets_the_mail_language_and_turns_kinds_off_and_refuses_a_language_the_site_lacks()
    {
        var reviewer = await _app.SignInToStaffPagesAsync(ClaroApp.Reviewer);

        var hostile = await reviewer.PostFormAsync("/admin/profile", null, ("mailCulture", "xx\"><script>"), ("kinds", "ReviewRequested"));
        var saved = await reviewer.PostFormAsync("/admin/profile", null, ("mailCulture", "es"), ("kinds", "ChangesRequested"), ("kinds", "Approved"));
        var page = await reviewer.HtmlAsync("/admin/profile");
        var id = await _app.CreateDocumentAsync("profile", "Text.", title: "Profile");
        (await _app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();
        (await _app.StepAsync(ClaroApp.Reviewer2, id, "en", "request-changes", new { version = 1, comment = "Again." })).EnsureSuccessStatusCode();
        await _app.MailsAsync(ClaroApp.Reviewer2, "Waiting for your review");
        await _app.SettleAsync();

        Assert.Equal(HttpStatusCode.BadRequest, hostile.StatusCode);
        Assert.DoesNotContain("<script>", await hostile.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<option value=\"es\" lang=\"es\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Contains("id=\"kind-ChangesRequested\" type=\"checkbox\" name=\"kinds\" value=\"ChangesRequested\" checked=\"checked\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"kind-ReviewRequested\" type=\"checkbox\" name=\"kinds\" value=\"ReviewRequested\" checked", page, StringComparison.Ordinal);
        Assert.Empty(_mail.To(ClaroApp.Reviewer));
        var member = await _app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == ClaroApp.Reviewer));
        Assert.Equal("es", member.MailCulture);
        Assert.Equal(NotificationKind.ReviewRequested | NotificationKind.TranslationOutdated | NotificationKind.ScheduleOutcome | NotificationKind.ReviewDue, member.MutedNotifications);
    }

    [Fact]
    public async Task A_refused_step_writes_no_mail()
    {
        var id = await _app.CreateDocumentAsync("refused", "Text.", title: "Refused");
        (await _app.StepAsync(ClaroApp.Author, id, "en", "submit")).EnsureSuccessStatusCode();
        var before = await _app.WithDbAsync(db => db.Notifications.CountAsync());

        var byAnAuthor = await _app.ApproveAsync(ClaroApp.Author, id, "en", 1);
        var unreadVersion = await _app.ApproveAsync(ClaroApp.Reviewer, id, "en", 2);

        Assert.Equal(HttpStatusCode.Forbidden, byAnAuthor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unreadVersion.StatusCode);
        Assert.Equal(before, await _app.WithDbAsync(db => db.Notifications.CountAsync()));
    }

    public void Dispose()
    {
        _app.Dispose();
        _mail.Dispose();
    }
}
