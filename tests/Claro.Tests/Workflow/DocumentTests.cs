using Claro.Content;
using Claro.Staff;
using Claro.Tests.Support;
using Claro.Workflow;
using static Claro.Content.VersionState;

namespace Claro.Tests.Workflow;

/// <summary>The document's transitions: each checks everything first, and a refusal leaves the document as it was.</summary>
public class DocumentTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly VersionText Text = new("page", "A page", "A summary.", "Body.", "Clearer words.");

    private static Actor Staff(string email, params string[] roles) => new(email, new HashSet<string>(roles));

    /// <summary>English published at 1 with version 2 in <paramref name="enState"/>; Spanish translated from 1 and published.</summary>
    private static Document Document(VersionState enState = InReview) => new DocumentBuilder("en")
        .Version("en", 1, Published).Version("en", 2, enState)
        .Version("es", 1, Published, sourceVersion: 1)
        .Build();

    /// <summary>Every version of every culture with its state, the pointers, and the withdrawal: what a refusal must leave alone.</summary>
    private static string Snapshot(Document document) => string.Join("; ",
        document.Items.Select(i => $"{i.Culture}:{i.Slug}:{i.PublishedVersionId}:{i.LatestVersionNumber}:" +
            string.Join(",", i.Versions.Select(v => $"{v.Number}={v.State}@{v.ScheduledPublishUtc}")))) + $"; withdrawn {document.WithdrawnUtc}";

    public static TheoryData<string, string, int, int?, bool, RefusalKind?> Drafts => new()
    {
        { Roles.Author, "en", 2, null, false, null },
        { Roles.Translator, "en", 2, null, false, RefusalKind.Forbidden },
        { Roles.Translator, "es", 1, null, false, null },
        { Roles.Author, "es", 1, 2, false, null },
        { Roles.Reviewer, "es", 1, null, false, RefusalKind.Forbidden },
        { Roles.Author, "en", 1, null, false, RefusalKind.Conflict },
        { Roles.Translator, "es", 0, null, false, RefusalKind.Conflict },
        { Roles.Translator, "es", 1, 3, false, RefusalKind.Invalid },
        { Roles.Translator, "es", 1, 0, false, RefusalKind.Invalid },
        { Roles.Author, "en", 2, null, true, RefusalKind.Conflict },
    };

    [Theory]
    [MemberData(nameof(Drafts))]
    public void A_draft_is_saved_on_top_of_the_latest_version_by_someone_who_may_edit_the_culture(
        string role, string culture, int baseVersion, int? sourceVersion, bool slugTaken, RefusalKind? refused)
    {
        var document = Document();
        var before = Snapshot(document);

        var outcome = document.SaveDraft(Staff("writer@kcpd.org", role), culture, Text, baseVersion, sourceVersion, slugTaken, Now);

        Assert.Equal(refused, outcome.Refusal?.Kind);
        if (refused is not null)
        {
            Assert.Equal(before, Snapshot(document));
            return;
        }

        var item = document.ItemIn(culture)!;
        Assert.Equal(baseVersion + 1, outcome.Value!.Value);
        Assert.Equal((Draft, "writer@kcpd.org"), (item.Latest!.State, item.Latest.Author));
        Assert.Equal(culture == "es" ? sourceVersion ?? 2 : null, item.Latest.SourceVersion);
        Assert.Equal(AuditActions.Saved, outcome.Value.Audit[^1].Action);
    }

    [Fact]
    public void A_new_draft_supersedes_the_version_waiting_and_drops_its_schedule()
    {
        var document = Document(Approved);
        var waiting = document.ItemIn("en")!.Latest!;
        waiting.ScheduledPublishUtc = Now.AddDays(1);

        var outcome = document.SaveDraft(Staff("author@kcpd.org", Roles.Author), "en", Text, 2, null, slugTaken: false, Now);

        Assert.Equal((Superseded, (DateTime?)null), (waiting.State, waiting.ScheduledPublishUtc));
        Assert.Equal([(AuditActions.Superseded, 2, Approved, Superseded), (AuditActions.Saved, 3, (VersionState?)null, Draft)],
            outcome.Value!.Audit.Select(a => (a.Action, a.Version!.Value, a.FromState, a.ToState!.Value)));
        Assert.Equal("page-en", document.ItemIn("en")!.Slug);
    }

    [Fact]
    public void A_first_translation_starts_a_new_item_whose_slug_is_the_draft_s()
    {
        var document = new DocumentBuilder("en").Version("en", 1, Published).Build();

        var outcome = document.SaveDraft(Staff("translator@kcpd.org", Roles.Translator), "es", Text, 0, null, slugTaken: false, Now);

        var item = document.ItemIn("es")!;
        Assert.Equal(1, outcome.Value!.Value);
        Assert.Equal(("page", 1, 1), (item.Slug, item.LatestVersionNumber, item.Latest!.SourceVersion!.Value));
    }

    public static TheoryData<string, string[], bool, RefusalKind?> Publications => new()
    {
        { Roles.Publisher, ["en"], true, null },
        { Roles.Publisher, ["en", "es"], true, RefusalKind.Conflict },
        { Roles.Publisher, ["en"], false, RefusalKind.Conflict },
        { Roles.Reviewer, ["en"], true, RefusalKind.Forbidden },
        { Roles.Author, ["en"], true, RefusalKind.Forbidden },
        { Roles.Publisher, ["es"], true, RefusalKind.Conflict },
        { Roles.Publisher, [], true, RefusalKind.Invalid },
    };

    [Theory]
    [MemberData(nameof(Publications))]
    public void A_publish_moves_the_pointer_and_the_states_together_or_not_at_all(string role, string[] cultures, bool allowOutdated, RefusalKind? refused)
    {
        var document = Document(Approved);
        var before = Snapshot(document);

        var outcome = document.Publish(Staff("publisher@kcpd.org", role), cultures, allowOutdated, 12, Now);

        Assert.Equal(refused, outcome.Refusal?.Kind);
        if (refused is not null)
        {
            Assert.Equal(before, Snapshot(document));
            return;
        }

        var english = document.ItemIn("en")!;
        Assert.Equal(english.Latest!.Id, english.PublishedVersionId);
        Assert.Equal([Superseded, Published], english.Versions.Select(v => v.State));
        Assert.Equal(Now, english.Latest.PublishedUtc);
        Assert.Single(outcome.Value!.Audit, a => a is { Action: AuditActions.Published, Culture: "en", Version: 2, FromState: Approved });
        Assert.Single(outcome.Value.Audit, a => a is { Action: AuditActions.Superseded, Culture: "en", Version: 1, FromState: Published });
        Assert.True(outcome.Value.ChangesWhatReadersSee);
    }

    [Fact]
    public void Publishing_what_readers_already_see_is_a_conflict()
    {
        var document = new DocumentBuilder("en").Version("en", 1, Published).Build();

        var outcome = document.Publish(Staff("publisher@kcpd.org", Roles.Publisher), ["en"], false, 12, Now);

        Assert.Equal(RefusalKind.Conflict, outcome.Refusal?.Kind);
        Assert.Contains("already what readers see", outcome.Refusal!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Publishing_a_withdrawn_document_brings_it_back()
    {
        var document = Document(Approved);
        document.WithdrawnUtc = Now.AddDays(-1);
        document.WithdrawnReason = "Under revision.";

        var outcome = document.Publish(Staff("publisher@kcpd.org", Roles.Publisher), ["en"], true, 12, Now);

        Assert.True(outcome.Succeeded);
        Assert.Equal((null, null), (document.WithdrawnUtc, document.WithdrawnReason));
    }

    public static TheoryData<string, string?, bool, RefusalKind?> Withdrawals => new()
    {
        { Roles.Publisher, "  Replaced by the ordinance page.  ", false, null },
        { Roles.Author, "Replaced.", false, RefusalKind.Forbidden },
        { Roles.Publisher, " ", false, RefusalKind.Invalid },
        { Roles.Publisher, null, false, RefusalKind.Invalid },
        { Roles.Publisher, new string('x', 2001), false, RefusalKind.Invalid },
        { Roles.Publisher, "Again.", true, RefusalKind.Conflict },
    };

    [Theory]
    [MemberData(nameof(Withdrawals))]
    public void A_publisher_withdraws_a_document_with_a_reason(string role, string? reason, bool alreadyWithdrawn, RefusalKind? refused)
    {
        var document = Document();
        document.WithdrawnUtc = alreadyWithdrawn ? Now.AddDays(-1) : null;

        var outcome = document.Withdraw(Staff("publisher@kcpd.org", role), reason, Now);

        Assert.Equal(refused, outcome.Refusal?.Kind);
        Assert.Equal(refused is null ? Now : alreadyWithdrawn ? Now.AddDays(-1) : (DateTime?)null, document.WithdrawnUtc);
        Assert.Equal(refused is null ? reason!.Trim() : null, document.WithdrawnReason);
    }

    [Theory]
    [InlineData(Roles.Author, false, null)]
    [InlineData(Roles.Translator, false, RefusalKind.Forbidden)]
    [InlineData(Roles.Author, true, RefusalKind.Conflict)]
    public void An_author_starts_a_document_with_a_free_address(string role, bool slugTaken, RefusalKind? refused)
    {
        var outcome = Claro.Content.Document.Start(Staff("writer@kcpd.org", role), "en", Text, slugTaken, Now);

        Assert.Equal(refused, outcome.Refusal?.Kind);
        if (outcome.Value is { } started)
        {
            var version = started.Value.ItemIn("en")!.Latest!;
            Assert.Equal((1, Draft, "writer@kcpd.org", "en"), (version.Number, version.State, version.Author, started.Value.SourceCulture));
            Assert.Equal(AuditActions.Created, Assert.Single(started.Audit).Action);
        }
    }

    [Theory]
    [InlineData(Roles.Author, "en", true)]
    [InlineData(Roles.Translator, "en", false)]
    [InlineData(Roles.Publisher, "en", false)]
    [InlineData(Roles.Admin, "en", true)]
    [InlineData(Roles.Author, "es", true)]
    [InlineData(Roles.Translator, "es", true)]
    [InlineData(Roles.Reviewer, "es", false)]
    public void The_source_culture_is_an_authors_to_write_and_a_translation_a_translators_or_an_authors(string role, string culture, bool may)
    {
        var allowed = Staff("someone@kcpd.org", role).MayEdit(Document(), culture);

        Assert.Equal(may, allowed);
    }
}
