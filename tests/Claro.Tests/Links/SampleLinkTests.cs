using Claro.Tests.Support;

namespace Claro.Tests.Links;

/// <summary>The sample's Spanish pages link to Spanish pages by hand (<c>/es/inmigracion#politica</c>); those links keep working, and follow.</summary>
[Trait("Category", "Database")]
public sealed class SampleLinkTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    private const string Immigration = "4940gdnxmvxywykc1m9djk7pnv";

    [Fact]
    public async Task The_sample_links_written_by_hand_lead_where_they_did_and_follow_a_new_Spanish_address()
    {
        var before = await ReaderBody.LinksAsync(app.Reader(), "/es/ice-pide-ayuda");
        var spanish = await app.GetJsonAsync(ClaroApp.Translator, $"/api/v1/admin/documents/{Immigration}/es/versions");
        var latest = spanish.EnumerateArray().Last();
        var draft = new
        {
            slug = "inmigracion-y-kcpd",
            title = latest.GetProperty("title").GetString(),
            summary = latest.GetProperty("summary").GetString(),
            body = await app.WithDbAsync(db => Task.FromResult(db.Versions.Single(v => v.Item.DocumentId == Immigration && v.Item.Culture == "es").Markdown)),
            changeNote = "Nueva dirección",
            baseVersion = latest.GetProperty("number").GetInt32(),
        };
        (await app.SaveDraftAsync(ClaroApp.Translator, Immigration, "es", draft)).EnsureSuccessStatusCode();
        await app.ReviewAndPublishAsync(Immigration, ("es", ClaroApp.Translator));
        var after = await ReaderBody.LinksAsync(app.Reader(), "/es/ice-pide-ayuda");

        Assert.Equal("/es/inmigracion#politica", Assert.Single(before).Href);
        Assert.Equal("/es/inmigracion-y-kcpd#politica", Assert.Single(after).Href);
    }
}
