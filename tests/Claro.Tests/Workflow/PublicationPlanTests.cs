using Claro.Content;
using Claro.Tests.Support;
using Claro.Workflow;
using static Claro.Content.VersionState;

namespace Claro.Tests.Workflow;

public class PublicationPlanTests
{
    [Fact]
    public void Publishing_the_source_alone_refuses_to_leave_a_translation_behind()
    {
        var document = new DocumentBuilder("en")
            .Version("en", 1, Published).Version("en", 2, Approved)
            .Version("es", 1, Published, sourceVersion: 1)
            .Build();

        var outcome = Plan(document, ["en"]);

        Assert.Equal(RefusalKind.Conflict, outcome.Refusal?.Kind);
        Assert.Contains("Spanish (translated from version 1)", outcome.Refusal!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Publisher_may_leave_a_translation_behind_when_saying_so()
    {
        var document = new DocumentBuilder("en")
            .Version("en", 1, Published).Version("en", 2, Approved)
            .Version("es", 1, Published, sourceVersion: 1)
            .Build();

        var outcome = Plan(document, ["en"], allowOutdatedTranslations: true);

        Assert.True(outcome.Succeeded);
        Assert.Equal(["item-en-v2"], outcome.Value!.Select(v => v.Id));
    }

    [Fact]
    public void Source_and_its_updated_translation_publish_together()
    {
        var document = new DocumentBuilder("en")
            .Version("en", 1, Published).Version("en", 2, Approved)
            .Version("es", 1, Published, sourceVersion: 1).Version("es", 2, Approved, sourceVersion: 2)
            .Build();

        var outcome = Plan(document, ["en", "es"]);

        Assert.True(outcome.Succeeded, outcome.Refusal?.Detail);
        Assert.Equal(["item-en-v2", "item-es-v2"], outcome.Value!.Select(v => v.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Translation_of_an_unpublished_source_version_is_refused(bool allowOutdatedTranslations)
    {
        var document = new DocumentBuilder("en")
            .Version("en", 1, Published).Version("en", 2, Approved)
            .Version("es", 1, Published, sourceVersion: 1).Version("es", 2, Approved, sourceVersion: 2)
            .Build();

        var outcome = Plan(document, ["es"], allowOutdatedTranslations);

        Assert.Equal(RefusalKind.Conflict, outcome.Refusal?.Kind);
        Assert.Contains("Publish both together", outcome.Refusal!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void First_translation_cannot_go_live_before_its_source()
    {
        var document = new DocumentBuilder("en")
            .Version("en", 1, Approved)
            .Version("es", 1, Approved, sourceVersion: 1)
            .Build();

        var alone = Plan(document, ["es"]);
        var together = Plan(document, ["en", "es"]);

        Assert.Equal(RefusalKind.Conflict, alone.Refusal?.Kind);
        Assert.True(together.Succeeded, together.Refusal?.Detail);
    }

    [Theory]
    [InlineData(Draft)]
    [InlineData(InReview)]
    [InlineData(Published)]
    public void A_culture_whose_latest_version_is_not_approved_is_refused(VersionState state)
    {
        var document = new DocumentBuilder("en")
            .Version("en", 1, Published).Version("en", 2, state)
            .Build();

        var outcome = Plan(document, ["en"]);

        Assert.Equal(RefusalKind.Conflict, outcome.Refusal?.Kind);
    }

    [Fact]
    public void Approved_older_version_does_not_publish_when_a_newer_one_is_in_draft()
    {
        var document = new DocumentBuilder("en")
            .Version("en", 1, Approved).Version("en", 2, Draft)
            .Build();

        var outcome = Plan(document, ["en"]);

        Assert.Equal(RefusalKind.Conflict, outcome.Refusal?.Kind);
    }

    [Fact]
    public void A_publish_must_name_its_cultures()
    {
        var document = new DocumentBuilder("en").Version("en", 1, Approved).Build();

        var empty = Plan(document, []);
        var missing = Plan(document, null);

        Assert.Equal(RefusalKind.Invalid, empty.Refusal?.Kind);
        Assert.Equal(RefusalKind.Invalid, missing.Refusal?.Kind);
    }

    [Fact]
    public void A_culture_the_document_lacks_is_invalid()
    {
        var document = new DocumentBuilder("en").Version("en", 1, Approved).Build();

        var outcome = Plan(document, ["en", "vi"]);

        Assert.Equal(RefusalKind.Invalid, outcome.Refusal?.Kind);
    }

    [Fact]
    public void Cultures_are_matched_ignoring_case_and_repeats()
    {
        var document = new DocumentBuilder("en").Version("en", 1, Approved).Build();

        var outcome = Plan(document, ["EN", "en"]);

        Assert.True(outcome.Succeeded, outcome.Refusal?.Detail);
        Assert.Equal(["item-en-v1"], outcome.Value!.Select(v => v.Id));
    }

    private static Outcome<IReadOnlyList<ContentVersion>> Plan(Document document, string[]? cultures, bool allowOutdatedTranslations = false) =>
        PublicationPlan.Make(document, cultures, allowOutdatedTranslations);
}
