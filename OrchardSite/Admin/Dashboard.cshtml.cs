using Claro.Content;
using Claro.Notifications;
using Claro.Storage;
using Claro.Translation;
using Claro.Workflow;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Site.Admin;

/// <summary>A version that waits for someone, as the dashboard lists it.</summary>
internal sealed record WaitingVersion(string DocumentId, string DocumentTitle, string Culture, ContentVersion Version);

/// <summary>One of the dashboard's "waiting" lists, with where each entry leads.</summary>
internal sealed record WaitingList(string Id, string Heading, string Empty, IReadOnlyList<WaitingVersion> Versions, Func<WaitingVersion, string> Href);

/// <summary>One document in the dashboard's list: its state in each configured culture (null where it has none).</summary>
internal sealed record DocumentRow(string Id, string Title, bool Withdrawn, DateOnly? ReviewBy, bool ReviewDue, IReadOnlyList<(string Culture, CultureStatus? Status)> Cultures);

/// <summary><c>/admin</c>: what waits for me, and every document with its state per culture.</summary>
internal sealed class DashboardModel(ClaroDbContext db, MailOutbox outbox, TimeProvider clock, IOptions<ClaroOptions> options, IStringLocalizer<SiteText> text) : AdminPageModel
{
    internal bool MailIsOn => options.Value.Mail.IsOn;

    /// <summary>Mails the SMTP server has not taken yet, and why the oldest was refused, if it was.</summary>
    public (int Waiting, string? LastError) MailBacklog { get; private set; }

    /// <summary>My drafts; to review, for a reviewer; to publish, for a publisher.</summary>
    internal IReadOnlyList<WaitingList> Waiting { get; private set; } = [];

    internal IReadOnlyList<DocumentRow> Documents { get; private set; } = [];

    internal bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = text["Dashboard"];
        var actor = Actor;
        var documents = await db.DocumentsAsync(ct);
        var latest = documents
            .SelectMany(d => d.Items.Where(i => i.Latest is not null).Select(i => new WaitingVersion(d.Id, d.Title, i.Culture, i.Latest!)))
            .ToList();
        var waiting = new List<WaitingList>
        {
            new("my-drafts", text["My drafts"], text["You have no drafts open."],
                latest.Where(w => w.Version.State == VersionState.Draft && string.Equals(w.Version.Author, actor.Email, StringComparison.OrdinalIgnoreCase)).ToList(),
                w => $"/admin/documents/{w.DocumentId}/{w.Culture}/edit"),
        };
        if (actor.MayReview())
        {
            waiting.Add(new("to-review", text["To review"], text["Nothing waits for your review."],
                latest.Where(w => w.Version.State == VersionState.InReview && actor.MayApprove(w.Version)).ToList(), w => $"/admin/documents/{w.DocumentId}/{w.Culture}/review"));
        }

        if (actor.MayPublish())
        {
            waiting.Add(new("to-publish", text["To publish"], text["Nothing approved waits to be published."],
                latest.Where(w => w.Version.State == VersionState.Approved).ToList(), w => $"/admin/documents/{w.DocumentId}#publish"));
        }

        Waiting = waiting;
        CanCreate = actor.MayStartDocuments();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // Overdue for review first, the longest overdue at the top: the web team's oldest promise to readers.
        Documents = documents.Select(d =>
        {
            var statuses = TranslationStatus.Of(d);
            return new DocumentRow(d.Id, d.Title, d.IsWithdrawn, d.ReviewBy, !d.IsWithdrawn && d.IsReviewDue(today),
                options.Value.Cultures.Select(c => (c, statuses.FirstOrDefault(s => s.Culture == c))).ToList());
        }).OrderByDescending(r => r.ReviewDue).ThenBy(r => r.ReviewDue ? r.ReviewBy : null).ToList();
        if (MailIsOn)
        {
            MailBacklog = await outbox.BacklogAsync(ct);
        }
    }
}
