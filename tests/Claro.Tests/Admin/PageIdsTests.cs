using System.Net;
using System.Text.RegularExpressions;
using Claro.Content;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Claro.Tests.Admin;

/// <summary>
/// Content can never take an id the pages give their own elements, because the renderer prefixes
/// those (<see cref="ContentHtml.IsPageId"/>). This keeps that list whole: every id any page renders,
/// other than content's, must be on it. Pages are found from the site's endpoint list, so a new page
/// with a new id fails here until the id is added.
/// </summary>
public sealed partial class PageIdsTests(AdminPagesApp app) : IClassFixture<AdminPagesApp>
{
    [Fact]
    public async Task Every_id_the_pages_use_is_one_content_cannot_take()
    {
        var admin = await app.SignInAsync(AdminPagesApp.Admin);
        var id = await AdminPagesApp.CreateDocumentAsync(admin, "Ids of the pages", "## Questions\n\nText.");
        var edit = $"/admin/documents/{id}/en/edit";
        var pages = new List<string>
        {
            await (await admin.PostFormAsync(edit, edit + "?handler=Preview", ("Input.Slug", "ids"), ("Input.Title", "Ids"), ("Input.Body", "Text."), ("Input.BaseVersion", "1"))).Content.ReadAsStringAsync(),
            await app.Anonymous().GetStringAsync("/admin/login"),
            await (await app.Anonymous().GetAsync("/en/no-such-page")).Content.ReadAsStringAsync(),
        };
        foreach (var culture in new[] { "en", "es" })
        {
            var values = new Dictionary<string, string> { ["id"] = id, ["culture"] = culture, ["slug"] = culture == "en" ? "immigration" : "inmigracion", ["code"] = "inmigracion", ["status"] = "404" };
            foreach (var route in (await SiteRoute.AllAsync(app.Services)).Where(r => r.Method == "GET"))
            {
                var response = await admin.GetAsync(route.Path(values) + route.Query);
                if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    pages.Add(await response.Content.ReadAsStringAsync());
                }
            }
        }

        var contentIds = (await app.WithDbAsync(db => db.Versions.Select(v => v.Html).ToListAsync()))
            .SelectMany(html => Id().Matches(html).Select(m => m.Groups[1].Value)).ToHashSet();
        var pageIds = pages.SelectMany(html => Id().Matches(html).Select(m => m.Groups[1].Value)).Where(i => !contentIds.Contains(i)).ToHashSet();

        Assert.True(pages.Count > 20, $"only {pages.Count} pages were read");
        Assert.Contains("main", pageIds);
        Assert.All(pageIds, pageId => Assert.True(ContentHtml.IsPageId(pageId), $"'{pageId}' is on a page but content could take it: add it to ContentHtml's list"));
        Assert.DoesNotContain(contentIds, ContentHtml.IsPageId);
    }

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex Id();
}
