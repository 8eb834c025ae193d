using Claro.Content;
using Claro.Tests.Support;
using Claro.Translation;
using static Claro.Content.VersionState;

namespace Claro.Tests.Translation;

public class TranslationStatusTests
{
    [Fact]
    public void Translation_published_from_an_older_source_is_outdated_and_behind()
    {
        var document = new DocumentBuilder("en")
            .Version("en", 1, Superseded).Version("en", 2, Published)
            .Version("es", 1, Published, sourceVersion: 1)
            .Build();

        var es = Status(document, "es");

        Assert.True(es.Outdated);
        Assert.Equal(1, es.BehindBy);
        Assert.Equal(1, es.PublishedVersion);
    }

    [Fact]
    public void Translation_of_the_published_source_is_up_to_date()
    {
        var document = new DocumentBuilder("en")
            .Version("en", 1, Superseded).Version("en", 2, Published)
            .Version("es", 1, Superseded, sourceVersion: 1).Version("es", 2, Published, sourceVersion: 2)
            .Build();

        var es = Status(document, "es");

        Assert.False(es.Outdated);
        Assert.Equal(0, es.BehindBy);
    }

    [Fact]
    public void Published_translation_is_judged_not_a_newer_draft()
    {
        // Readers still see es v1 (from en v1); the draft that catches up is not live yet.
        var document = new DocumentBuilder("en")
            .Version("en", 1, Superseded).Version("en", 2, Superseded).Version("en", 3, Published)
            .Version("es", 1, Published, sourceVersion: 1).Version("es", 2, Draft, sourceVersion: 3)
            .Build();

        var es = Status(document, "es");

        Assert.True(es.Outdated);
        Assert.Equal(2, es.BehindBy);
        Assert.Equal(2, es.LatestVersion);
        Assert.Equal(Draft, es.State);
    }

    [Fact]
    public void Unpublished_translation_falls_back_to_its_latest_version()
    {
        var document = new DocumentBuilder("en")
            .Version("en", 1, Superseded).Version("en", 2, Published)
            .Version("es", 1, InReview, sourceVersion: 1)
            .Build();

        var es = Status(document, "es");

        Assert.Null(es.PublishedVersion);
        Assert.True(es.Outdated);
        Assert.Equal(1, es.BehindBy);
    }

    [Fact]
    public void Nothing_is_outdated_before_the_source_is_published()
    {
        var document = new DocumentBuilder("en")
            .Version("en", 1, Superseded).Version("en", 2, Approved)
            .Version("es", 1, Draft, sourceVersion: 1)
            .Build();

        var es = Status(document, "es");

        Assert.False(es.Outdated);
        Assert.Equal(0, es.BehindBy);
    }

    [Fact]
    public void Source_culture_comes_first_and_is_never_outdated()
    {
        var document = new DocumentBuilder("es")
            .Version("vi", 1, Published, sourceVersion: 1)
            .Version("en", 1, Published, sourceVersion: 1)
            .Version("es", 1, Superseded).Version("es", 2, Published)
            .Build();

        var statuses = TranslationStatus.Of(document);

        Assert.Equal(["es", "en", "vi"], statuses.Select(s => s.Culture));
        Assert.True(statuses[0].IsSource);
        Assert.False(statuses[0].Outdated);
        Assert.All(statuses.Skip(1), s => Assert.True(s.Outdated));
    }

    private static CultureStatus Status(Document document, string culture) =>
        Assert.Single(TranslationStatus.Of(document), s => s.Culture == culture);
}
