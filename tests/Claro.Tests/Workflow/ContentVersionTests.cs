using Claro.Content;
using Claro.Staff;
using Claro.Tests.Support;
using Claro.Workflow;
using static Claro.Content.VersionState;

namespace Claro.Tests.Workflow;

/// <summary>The review steps of one version: who may take them, on which version, and that a refusal changes nothing.</summary>
public class ContentVersionTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>An English source with <paramref name="latest"/> versions, the last one in <paramref name="state"/>, and a Spanish translation draft.</summary>
    private static Document Document(VersionState state = InReview, int latest = 2)
    {
        var builder = new DocumentBuilder("en");
        for (var number = 1; number < latest; number++)
        {
            builder.Version("en", number, Superseded);
        }

        return builder.Version("en", latest, state).Version("es", 1, Draft, sourceVersion: 1).Build();
    }

    private static Actor Staff(string email, params string[] roles) => new(email, new HashSet<string>(roles));

    public static TheoryData<string, string, VersionState, int?, RefusalKind?> Approvals => new()
    {
        { "reviewer@kcpd.org", Roles.Reviewer, InReview, 2, null },
        { "admin@kcpd.org", Roles.Admin, InReview, 2, null },
        { "author@kcpd.org", Roles.Reviewer, InReview, 2, RefusalKind.Forbidden },
        { "AUTHOR@KCPD.org", Roles.Admin, InReview, 2, RefusalKind.Forbidden },
        { "publisher@kcpd.org", Roles.Publisher, InReview, 2, RefusalKind.Forbidden },
        { "reviewer@kcpd.org", Roles.Reviewer, InReview, null, RefusalKind.Invalid },
        { "reviewer@kcpd.org", Roles.Reviewer, InReview, 1, RefusalKind.Conflict },
        { "reviewer@kcpd.org", Roles.Reviewer, InReview, 3, RefusalKind.NotFound },
        { "reviewer@kcpd.org", Roles.Reviewer, InReview, 0, RefusalKind.NotFound },
        { "reviewer@kcpd.org", Roles.Reviewer, Draft, 2, RefusalKind.Conflict },
        { "reviewer@kcpd.org", Roles.Reviewer, Approved, 2, RefusalKind.Conflict },
        { "reviewer@kcpd.org", Roles.Reviewer, Published, 2, RefusalKind.Conflict },
    };

    [Theory]
    [MemberData(nameof(Approvals))]
    public void Approve_takes_only_the_version_read_waiting_for_review_by_a_second_person(string email, string role, VersionState state, int? versionRead, RefusalKind? refused)
    {
        var actor = Staff(email, role);
        var version = Document(state).ItemIn("en")!.Latest!;

        var outcome = version.Approve(actor, versionRead, Now);

        Assert.Equal(refused, outcome.Refusal?.Kind);
        Assert.Equal(refused is null ? Approved : state, version.State);
        if (refused is null)
        {
            var audit = Assert.Single(outcome.Value!.Audit);
            Assert.Equal((actor.Email, AuditActions.Approved, "en", 2, InReview, Approved), (audit.Actor, audit.Action, audit.Culture!, audit.Version!.Value, audit.FromState!.Value, audit.ToState!.Value));
        }
    }

    [Fact]
    public void An_approval_of_a_replaced_version_names_the_version_that_replaced_it()
    {
        var version = Document(InReview, latest: 3).ItemIn("en")!.Latest!;

        var outcome = version.Approve(Staff("reviewer@kcpd.org", Roles.Reviewer), 1, Now);

        Assert.Equal(RefusalKind.Conflict, outcome.Refusal?.Kind);
        Assert.StartsWith("You read version 1, but version 3 has replaced it: author@kcpd.org saved it", outcome.Refusal!.Detail, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, int?, string?, RefusalKind?> ChangeRequests => new()
    {
        { "reviewer@kcpd.org", Roles.Reviewer, 2, "  Say which hours.  ", null },
        { "author@kcpd.org", Roles.Reviewer, 2, "Sending one's own text back is allowed.", null },
        { "translator@kcpd.org", Roles.Translator, 2, "Say which hours.", RefusalKind.Forbidden },
        { "reviewer@kcpd.org", Roles.Reviewer, 2, " ", RefusalKind.Invalid },
        { "reviewer@kcpd.org", Roles.Reviewer, 2, null, RefusalKind.Invalid },
        { "reviewer@kcpd.org", Roles.Reviewer, null, "Say which hours.", RefusalKind.Invalid },
        { "reviewer@kcpd.org", Roles.Reviewer, 1, "Say which hours.", RefusalKind.Conflict },
    };

    [Theory]
    [MemberData(nameof(ChangeRequests))]
    public void Request_changes_sends_the_version_read_back_with_the_comment(string email, string role, int? versionRead, string? comment, RefusalKind? refused)
    {
        var actor = Staff(email, role);
        var version = Document().ItemIn("en")!.Latest!;

        var outcome = version.RequestChanges(actor, versionRead, comment, Now);

        Assert.Equal(refused, outcome.Refusal?.Kind);
        Assert.Equal(refused is null ? Draft : InReview, version.State);
        Assert.Equal(refused is null ? comment!.Trim() : null, version.ReviewComment);
        Assert.Equal(refused is null ? 1 : 0, outcome.Value?.Audit.Count ?? 0);
    }

    public static TheoryData<string[], string, RefusalKind?> Submissions => new()
    {
        { [Roles.Author], "en", null },
        { [Roles.Translator], "en", RefusalKind.Forbidden },
        { [Roles.Reviewer], "en", RefusalKind.Forbidden },
        { [Roles.Publisher], "en", RefusalKind.Forbidden },
        { [Roles.Translator], "es", null },
        { [Roles.Author], "es", null },
        { [Roles.Reviewer], "es", RefusalKind.Forbidden },
        { [Roles.Admin], "en", null },
    };

    [Theory]
    [MemberData(nameof(Submissions))]
    public void Only_someone_who_may_edit_a_culture_sends_its_draft_to_review(string[] roles, string culture, RefusalKind? refused)
    {
        var version = Document(Draft).ItemIn(culture)!.Latest!;

        var outcome = version.Submit(Staff("someone@kcpd.org", roles), Now);

        Assert.Equal(refused, outcome.Refusal?.Kind);
        Assert.Equal(refused is null ? InReview : Draft, version.State);
    }

    [Theory]
    [InlineData(InReview)]
    [InlineData(Approved)]
    [InlineData(Published)]
    public void Only_a_draft_is_sent_to_review(VersionState state)
    {
        var version = Document(state).ItemIn("en")!.Latest!;

        var outcome = version.Submit(Staff("author@kcpd.org", Roles.Author), Now);

        Assert.Equal(RefusalKind.Conflict, outcome.Refusal?.Kind);
        Assert.Equal(state, version.State);
    }

    [Theory]
    [InlineData(1, 2, true)]
    [InlineData(1, 3, true)]
    [InlineData(2, 2, false)]
    [InlineData(3, 2, false)]
    [InlineData(null, 2, false)]
    [InlineData(1, null, false)]
    public void IsBehind_when_translated_from_an_older_source_than_readers_see(int? sourceVersion, int? publishedSource, bool expected)
    {
        var translation = DocumentBuilder.NewVersion(sourceVersion: sourceVersion);

        var behind = translation.IsBehind(publishedSource);

        Assert.Equal(expected, behind);
    }
}
