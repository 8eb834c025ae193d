using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Claro.Content;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Claro.Tests.Workflow;

/// <summary>Text past a documented limit is refused where it enters the admin API, with a 400 problem naming the limit, and costs nothing.</summary>
[Trait("Category", "Database")]
public sealed class InputLimitsTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    public static TheoryData<string, string, string, string> BodiesPastALimit => new()
    {
        { "unclosed-links", string.Concat(Enumerable.Repeat("[a](", 20_000)), "marks-per-block", "the limit for one block is 50" },
        { "quotes-20000-deep", string.Concat(Enumerable.Repeat("> ", 20_000)) + "deep", "nesting-depth", "more than 16 levels" },
        { "one-character-too-many", new string('a', BodyLimits.MaxLength + 1), "body-length", "the limit is 100,000" },
    };

    [Theory]
    [MemberData(nameof(BodiesPastALimit))]
    public async Task A_document_whose_body_is_past_a_limit_is_a_400_naming_the_limit(string slug, string body, string limit, string saying)
    {
        var author = await app.SignInAsync(ClaroApp.Author);

        var response = await author.PostAsJsonAsync("/api/v1/admin/documents", new { culture = "en", slug, title = "Too much", summary = "", body });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(limit, problem.GetProperty("limit").GetString());
        Assert.Contains(saying, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Items.AnyAsync(i => i.Slug == slug)));
    }

    [Fact]
    public async Task A_draft_whose_title_is_past_its_limit_is_a_400_naming_the_limit()
    {
        var id = await app.CreateDocumentAsync("title-limit", "Text.");

        var response = await app.SaveDraftAsync(ClaroApp.Author, id, "en",
            new { slug = "title-limit", title = new string('t', 301), summary = "", body = "Text.", changeNote = "", baseVersion = 1 });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("title-length", problem.GetProperty("limit").GetString());
        Assert.Equal("The title is 301 characters long; the limit is 300.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Readability_is_measured_for_writers_only_and_no_longer_than_a_body()
    {
        var publisher = await (await app.SignInAsync(ClaroApp.Publisher)).PostAsJsonAsync("/api/v1/admin/readability", new { culture = "en", text = "Short words." });
        var tooLong = await (await app.SignInAsync(ClaroApp.Author)).PostAsJsonAsync("/api/v1/admin/readability", new { culture = "en", text = new string('a', BodyLimits.MaxLength + 1) });
        var translator = await (await app.SignInAsync(ClaroApp.Translator)).PostAsJsonAsync("/api/v1/admin/readability", new { culture = "es", text = "Palabras cortas." });

        Assert.Equal(HttpStatusCode.Forbidden, publisher.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("text-length", (await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("limit").GetString());
        Assert.Equal(HttpStatusCode.OK, translator.StatusCode);
    }
}
