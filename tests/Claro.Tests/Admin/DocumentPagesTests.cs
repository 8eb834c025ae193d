using System.Net;
using System.Text.RegularExpressions;

namespace Claro.Tests.Admin;

[Trait("Category", "Database")]
public partial class DocumentPagesTests(AdminPagesApp app) : IClassFixture<AdminPagesApp>
{
    [Fact]
    public async Task Reviewer_dashboard_lists_what_waits_for_review()
    {
        var author = await app.SignInAsync(AdminPagesApp.Author);
        var id = await AdminPagesApp.CreateDocumentAsync(author, "Curfew rules for minors");
        var submitted = await author.PostFormAsync($"/admin/documents/{id}", $"/admin/documents/{id}?handler=Submit", ("culture", "en"));
        var reviewer = await app.SignInAsync(AdminPagesApp.Reviewer);

        var dashboard = await reviewer.HtmlAsync("/admin");

        Assert.Equal($"/admin/documents/{id}?done=submitted", submitted.Headers.Location!.OriginalString);
        Assert.Contains($"<a href=\"/admin/documents/{id}/en/review\">Curfew rules for minors</a>", Section(dashboard, "to-review"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"to-review\"", await author.HtmlAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_on_a_stale_version_keeps_the_text_and_shows_the_conflict()
    {
        var author = await app.SignInAsync(AdminPagesApp.Author);
        var id = await AdminPagesApp.CreateDocumentAsync(author, "Traffic stops");
        var edit = $"/admin/documents/{id}/en/edit";
        await author.PostFormAsync(edit, edit + "?handler=Save", Draft("Someone else's version.", baseVersion: 1));

        var response = await author.PostFormAsync(edit, edit + "?handler=Save", Draft("My careful rewrite of the whole page.", baseVersion: 1));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("You started from version 1, but author@example.org saved version 2", html, StringComparison.Ordinal);
        Assert.Contains("My careful rewrite of the whole page.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"refusal\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_deciding_on_a_replaced_version_is_refused_and_shown_what_changed_since_the_one_read()
    {
        var author = await app.SignInAsync(AdminPagesApp.Author);
        var id = await AdminPagesApp.CreateDocumentAsync(author, "Language line", "Call the language line.");
        await author.PostFormAsync($"/admin/documents/{id}", $"/admin/documents/{id}?handler=Submit", ("culture", "en"));
        var reviewer = await app.SignInAsync(AdminPagesApp.Reviewer);
        var review = $"/admin/documents/{id}/en/review";
        var read = await reviewer.HtmlAsync(review);
        var edit = $"/admin/documents/{id}/en/edit";
        await author.PostFormAsync(edit, edit + "?handler=Save", ("Input.Slug", "language-line"), ("Input.Title", "Language line"),
            ("Input.Summary", "A summary."), ("Input.Body", "Text nobody has read yet."), ("Input.ChangeNote", "Reworded."), ("Input.BaseVersion", "1"));
        await author.PostFormAsync($"/admin/documents/{id}", $"/admin/documents/{id}?handler=Submit", ("culture", "en"));

        var approve = await reviewer.PostFormAsync(review, review + "?handler=Approve", ("version", "1"));
        var requestChanges = await reviewer.PostFormAsync(review, review + "?handler=RequestChanges", ("version", "1"), ("comment", "Shorter."));

        Assert.Contains("<input type=\"hidden\" name=\"version\" value=\"1\">", read, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, requestChanges.StatusCode);
        var html = WebUtility.HtmlDecode(await approve.Content.ReadAsStringAsync());
        Assert.Contains("Version 2 replaced version 1, which you read", html, StringComparison.Ordinal);
        Assert.Contains("You read version 1, but version 2 has replaced it", html, StringComparison.Ordinal);
        var replaced = Section(html, "replaced-heading");
        Assert.Contains("Text nobody has read yet.</ins>", replaced, StringComparison.Ordinal);
        Assert.Contains("Call the language line.</del>", replaced, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"version\" value=\"2\">", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync(review, review + "?handler=Approve", ("version", "2"))).StatusCode);
    }

    [Fact]
    public async Task A_translator_is_not_offered_to_send_the_source_text_to_review()
    {
        var author = await app.SignInAsync(AdminPagesApp.Author);
        var id = await AdminPagesApp.CreateDocumentAsync(author, "Interpreters", "Ask for an interpreter.");
        var translator = await app.SignInAsync("translator@example.org");

        var page = await translator.HtmlAsync($"/admin/documents/{id}");
        var refused = await translator.PostFormAsync($"/admin/documents/{id}", $"/admin/documents/{id}?handler=Submit", ("culture", "en"));

        Assert.DoesNotContain("handler=Submit", page, StringComparison.Ordinal);
        Assert.Contains("handler=Submit", await author.HtmlAsync($"/admin/documents/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Only an Author can send the source text to review.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_and_send_to_review_puts_the_new_version_in_review_and_is_offered_only_to_those_who_may_send_it()
    {
        var author = await app.SignInAsync(AdminPagesApp.Author);
        var translator = await app.SignInAsync("translator@example.org");
        var reviewer = await app.SignInAsync(AdminPagesApp.Reviewer);
        var id = await AdminPagesApp.CreateDocumentAsync(author, "Radio correction", "Call 816-555-0100.");
        var edit = $"/admin/documents/{id}/en/edit";
        var translate = $"/admin/documents/{id}/es/translate";

        var (editAction, editButton) = SendToReviewButton(await author.HtmlAsync(edit));
        var saved = await author.PostFormAsync(edit, editAction, ("Input.Slug", "radio-correction"), ("Input.Title", "Radio correction"),
            ("Input.Summary", "A summary."), ("Input.Body", "Call 816-555-0199."), ("Input.ChangeNote", "Corrected the number."), ("Input.BaseVersion", "1"), editButton);
        var (translateAction, translateButton) = SendToReviewButton(await translator.HtmlAsync(translate));
        var translated = await translator.PostFormAsync(translate, translateAction, ("Input.Slug", "correccion-radio"), ("Input.Title", "Corrección de radio"),
            ("Input.Summary", "Un resumen."), ("Input.Body", "Llame al 816-555-0199."), ("Input.ChangeNote", ""), ("Input.BaseVersion", "0"), ("SourceVersion", "2"), translateButton);
        var english = await app.CultureStateAsync(id, "en");
        var spanish = await app.CultureStateAsync(id, "es");

        Assert.Equal($"/admin/documents/{id}?done=saved-submitted", saved.Headers.Location!.OriginalString);
        Assert.Equal($"/admin/documents/{id}?done=saved-submitted", translated.Headers.Location!.OriginalString);
        Assert.Contains("The draft is saved and sent to review.", await author.HtmlAsync(saved.Headers.Location.OriginalString), StringComparison.Ordinal);
        Assert.Equal(("InReview", 2), (english.GetProperty("state").GetString(), english.GetProperty("latestVersion").GetInt32()));
        Assert.Equal(("InReview", 1), (spanish.GetProperty("state").GetString(), spanish.GetProperty("latestVersion").GetInt32()));
        Assert.Contains($"<a href=\"/admin/documents/{id}/en/review\">Radio correction</a>", Section(await reviewer.HtmlAsync("/admin"), "to-review"), StringComparison.Ordinal);
        Assert.Contains("Save draft", await translator.HtmlAsync(edit), StringComparison.Ordinal);
        Assert.DoesNotContain("Save and send to review", await translator.HtmlAsync(edit), StringComparison.Ordinal);
        Assert.DoesNotContain("Save and send to review", await reviewer.HtmlAsync(translate), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_shows_the_page_as_readers_will_see_it_without_script()
    {
        var author = await app.SignInAsync(AdminPagesApp.Author);
        var id = await AdminPagesApp.CreateDocumentAsync(author, "Body cameras");
        var edit = $"/admin/documents/{id}/en/edit";

        var response = await author.PostFormAsync(edit, edit + "?handler=Preview",
            Draft("## When cameras record\n\n<script>alert('x')</script>\n\n[Open](javascript:alert(1))", baseVersion: 1));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2 id=\"when-cameras-record\">When cameras record</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("Grade [0-9.-]+ — (meets|above) the target", html);
        Assert.Equal(1, await VersionCountAsync(author, id));
    }

    [Fact]
    public async Task Translator_saves_section_by_section_and_the_sections_become_one_body()
    {
        var author = await app.SignInAsync(AdminPagesApp.Author);
        var id = await AdminPagesApp.CreateDocumentAsync(author, "Language help", "Intro.\n\n## Calls\nCall us.\n\n## Visits\nVisit us.");
        var translator = await app.SignInAsync("translator@example.org");
        var translate = $"/admin/documents/{id}/es/translate";

        var form = await translator.HtmlAsync(translate);
        var response = await translator.PostFormAsync(translate, null,
            ("Input.Slug", "ayuda-con-el-idioma"), ("Input.Title", "Ayuda con el idioma"), ("Input.Summary", "Un resumen."), ("Input.ChangeNote", ""),
            ("Input.BaseVersion", "0"), ("SourceVersion", "1"),
            ("sections[0]", "Introducción."), ("sections[1]", "## Llamadas\nLlámenos."), ("sections[2]", "## Visitas\nVisítenos."));

        Assert.Contains("name=\"sections[2]\"", form, StringComparison.Ordinal);
        Assert.Equal($"/admin/documents/{id}?done=saved", response.Headers.Location!.OriginalString);
        var saved = WebUtility.HtmlDecode(await translator.HtmlAsync($"/admin/documents/{id}/es/edit"));
        Assert.Contains("Introducción.\n\n## Llamadas\nLlámenos.\n\n## Visitas\nVisítenos.</textarea>", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_staff_page_answers_for_an_administrator()
    {
        var admin = await app.SignInAsync("admin@example.org");
        var id = DocumentLink().Match(await admin.HtmlAsync("/admin/translations")).Groups[1].Value;

        string[] pages =
        [
            "/admin", "/admin/documents/new", $"/admin/documents/{id}", $"/admin/documents/{id}/en/edit", $"/admin/documents/{id}/es/edit",
            $"/admin/documents/{id}/en/review", $"/admin/documents/{id}/es/history", $"/admin/documents/{id}/audit",
            $"/admin/documents/{id}/es/translate", "/admin/translations", "/admin/audit", "/admin/links", "/admin/links/immigration",
        ];
        foreach (var page in pages)
        {
            var response = await admin.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {response.StatusCode}");
        }
    }

    private static (string, string)[] Draft(string body, int baseVersion) =>
    [
        ("Input.Slug", "page"), ("Input.Title", "A title"), ("Input.Summary", "A summary."), ("Input.Body", body),
        ("Input.ChangeNote", "Clearer words."), ("Input.BaseVersion", baseVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    /// <summary>Where the page's "Save and send to review" button posts its form (null: to the page), and the field it adds.</summary>
    private static (string? Action, (string Name, string Value) Field) SendToReviewButton(string html)
    {
        var button = SendToReview().Match(html);
        Assert.True(button.Success, "the page offers no \"Save and send to review\" button");
        var attributes = Attributes().Matches(button.Groups[1].Value).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value));
        return (attributes.GetValueOrDefault("formaction"), (attributes["name"], attributes["value"]));
    }

    [GeneratedRegex("<button type=\"submit\"([^>]*)>Save and send to review</button>")]
    private static partial Regex SendToReview();

    [GeneratedRegex("([a-z]+)=\"([^\"]*)\"")]
    private static partial Regex Attributes();

    private static async Task<int> VersionCountAsync(HttpClient client, string id) =>
        Regex.Count(await client.HtmlAsync($"/admin/documents/{id}/en/history"), "<th scope=\"row\">");

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the page has no section {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("href=\"/admin/documents/([a-z0-9]+)\"")]
    private static partial Regex DocumentLink();
}
