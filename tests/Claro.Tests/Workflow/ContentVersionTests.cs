using Claro.Content;
using Claro.Tests.Support;

namespace Claro.Tests.Workflow;

public class ContentVersionTests
{
    [Theory]
    [InlineData("author@kcpd.org")]
    [InlineData("AUTHOR@kcpd.org")]
    [InlineData("Author@KCPD.org")]
    public void Author_cannot_approve_own_version(string reviewer)
    {
        var version = DocumentBuilder.NewVersion(state: VersionState.InReview, author: "author@kcpd.org");

        var allowed = version.CanBeApprovedBy(reviewer);

        Assert.False(allowed);
    }

    [Theory]
    [InlineData(VersionState.InReview, true)]
    [InlineData(VersionState.Draft, false)]
    [InlineData(VersionState.Approved, false)]
    [InlineData(VersionState.Published, false)]
    [InlineData(VersionState.Superseded, false)]
    public void Another_person_can_approve_only_a_version_in_review(VersionState state, bool expected)
    {
        var version = DocumentBuilder.NewVersion(state: state, author: "author@kcpd.org");

        var allowed = version.CanBeApprovedBy("reviewer@kcpd.org");

        Assert.Equal(expected, allowed);
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
