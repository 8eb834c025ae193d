using System.Net;
using Claro.Tests.Support;

namespace Claro.Tests.Reading;

/// <summary>
/// Paths of several segments are looked up among the addresses pages had on an Orchard Core site: hostile ones (long,
/// deep, encoded, climbing out of the root) are answered with a 4xx on a real Kestrel server, which receives them as a
/// client sends them, and nothing is logged as the site's error.
/// </summary>
[Trait("Category", "Database")]
public sealed class OrchardAddressHostileTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    public static TheoryData<string, string> HostilePaths => new()
    {
        { "very long", "/community-notes/" + new string('a', 6000) },
        { "many segments", string.Concat(Enumerable.Repeat("/community-notes", 400)) },
        { "many empty segments", "/community-notes" + new string('/', 3000) + "x" },
        { "accents only", "/" + string.Join('/', Enumerable.Repeat("%C3%A9%C3%A9", 500)) },
        { "encoded slash", "/community-notes%2Fnew-hours-at-the-east-station" },
        { "encoded slash after a culture", "/en/community-notes%2F..%2Fnew-hours" },
        { "dot segments out of the root", "/../../community-notes/../../etc/passwd" },
        { "encoded dot segments", "/en/%2E%2E/%2E%2E/admin/users" },
        { "a null in a segment", "/community-notes/new-hours%00-at-the-east-station" },
        { "an old path under the API", "/api/v1/community-notes/new-hours-at-the-east-station" },
    };

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public async Task Unknown_and_hostile_paths_of_several_segments_get_a_4xx_never_a_500(string what, string path)
    {
        await OrchardAddressTests.ImportBlogAsync(site);
        var raw = new Uri(site.IPv4.GetLeftPart(UriPartial.Authority) + path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

        var response = await KestrelSite.ClientTo(site.IPv4).GetAsync(raw);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
        Assert.True(site.ServerErrors.IsEmpty, string.Join('\n', site.ServerErrors));
    }
}
