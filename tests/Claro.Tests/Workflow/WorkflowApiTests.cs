using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Claro.Tests.Support;

namespace Claro.Tests.Workflow;

[Trait("Category", "Database")]
public sealed class WorkflowApiTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    private static object Draft(string slug, string body, int baseVersion, string changeNote = "Edited") =>
        new { slug, title = "Curfew policy", summary = "When the curfew applies.", body, changeNote, baseVersion };

    private static object SubmittedDraft(string slug, string body, int baseVersion) =>
        new { slug, title = "Curfew policy", summary = "When the curfew applies.", body, changeNote = "Corrected the number", baseVersion, submit = true };

    /// <summary>The document's audit trail as the API gives it, oldest first.</summary>
    private async Task<List<(string? Action, int? Version, string? ToState, string? Actor)>> TrailAsync(string id) =>
        (await app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/documents/{id}/audit")).EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString(), e.GetProperty("version").ValueKind == JsonValueKind.Number ? e.GetProperty("version").GetInt32() : (int?)null,
                e.GetProperty("toState").GetString(), e.GetProperty("actor").GetString()))
            .ToList();

    [Fact]
    public async Task Login_gives_a_bearer_token_and_a_wrong_password_gets_401()
    {
        var reader = app.Reader();

        var ok = await reader.PostAsJsonAsync("/api/v1/account/login", new { email = ClaroApp.Author, password = ClaroApp.Password });
        var wrong = await reader.PostAsJsonAsync("/api/v1/account/login", new { email = ClaroApp.Author, password = "not-the-password" });

        var token = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrEmpty(token.GetProperty("accessToken").GetString()));
        Assert.True(token.GetProperty("expiresIn").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task Admin_API_needs_a_token()
    {
        var response = await app.Reader().PostAsJsonAsync("/api/v1/admin/documents", new { culture = "en", slug = "x", title = "x", summary = "x", body = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("{\"culture\":\"en\",\"slug\":\"\",\"title\":\"\",\"summary\":\"\",\"body\":\"\"}", "slug")]
    [InlineData("{\"culture\":\"zz\",\"slug\":\"a-page\",\"title\":\"A page\",\"summary\":\"\",\"body\":\"\"}", "not one of the site's languages")]
    [InlineData("{\"culture\":\"en\",\"slug\":\"search\",\"title\":\"A page\",\"summary\":\"\",\"body\":\"\"}", "address the site uses itself")]
    [InlineData("{\"culture\":\"en\",\"slug\":\"a-page\",\"title\":\"\",\"summary\":\"\",\"body\":\"\"}", "title")]
    public async Task Bad_input_gets_400_problem_with_a_detail_to_act_on(string json, string detailMentions)
    {
        var author = await app.SignInAsync(ClaroApp.Author);

        var response = await author.PostAsync("/api/v1/admin/documents", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<Problem>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(detailMentions, problem!.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Only_an_author_starts_a_document()
    {
        var reviewer = await app.SignInAsync(ClaroApp.Reviewer);

        var response = await reviewer.PostAsJsonAsync("/api/v1/admin/documents", new { culture = "en", slug = "by-reviewer", title = "T", summary = "", body = "" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_taken_slug_is_a_409()
    {
        var author = await app.SignInAsync(ClaroApp.Author);

        var response = await author.PostAsJsonAsync("/api/v1/admin/documents", new { culture = "en", slug = "immigration", title = "Again", summary = "", body = "" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_draft_may_keep_its_page_address_but_not_take_another_page_s()
    {
        var id = await app.CreateDocumentAsync("curfew-hours", "Version one.");

        var kept = await app.SaveDraftAsync(ClaroApp.Author, id, "en", Draft("curfew-hours", "Version two.", 1));
        var taken = await app.SaveDraftAsync(ClaroApp.Author, id, "en", Draft("immigration", "Version three.", 2));
        var problem = await taken.Content.ReadFromJsonAsync<Problem>();

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("immigration", problem!.Detail, StringComparison.Ordinal);
        Assert.Equal(2, (await app.CultureStateAsync(id, "en")).GetProperty("latestVersion").GetInt32());
    }

    [Fact]
    public async Task Author_cannot_approve_own_version_and_a_reviewer_can()
    {
        var id = await app.CreateDocumentAsync("four-eyes", "Text.");
        await app.StepAsync(ClaroApp.Author, id, "en", "submit");

        var byAuthor = await app.ApproveAsync(ClaroApp.Author, id, "en");
        var byReviewer = await app.ApproveAsync(ClaroApp.Reviewer, id, "en");

        Assert.Equal(HttpStatusCode.Forbidden, byAuthor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byReviewer.StatusCode);
    }

    [Fact]
    public async Task A_reviewer_cannot_approve_what_they_wrote()
    {
        var id = await app.CreateDocumentAsync("admin-wrote-this", "Text.");
        (await app.SaveDraftAsync(ClaroApp.Admin, id, "en", Draft("admin-wrote-this", "Admin's text.", 1))).EnsureSuccessStatusCode();
        await app.StepAsync(ClaroApp.Admin, id, "en", "submit");

        var response = await app.ApproveAsync(ClaroApp.Admin, id, "en");
        var problem = await response.Content.ReadFromJsonAsync<Problem>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("second person", problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_approves_exactly_the_version_read_and_a_replaced_one_is_a_409_naming_its_replacement()
    {
        var id = await app.CreateDocumentAsync("read-then-replaced", "The text the reviewer reads.");
        await app.StepAsync(ClaroApp.Author, id, "en", "submit");
        (await app.SaveDraftAsync(ClaroApp.Author, id, "en", Draft("read-then-replaced", "Other text nobody read.", 1))).EnsureSuccessStatusCode();
        await app.StepAsync(ClaroApp.Author, id, "en", "submit");

        var approve = await app.ApproveAsync(ClaroApp.Reviewer, id, "en", version: 1);
        var requestChanges = await app.StepAsync(ClaroApp.Reviewer, id, "en", "request-changes", new { version = 1, comment = "Shorter." });
        var problem = await approve.Content.ReadFromJsonAsync<Problem>();
        var versions = await app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}/en/versions");
        var approveRead = await app.ApproveAsync(ClaroApp.Reviewer, id, "en", version: 2);

        Assert.Equal(HttpStatusCode.Conflict, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, requestChanges.StatusCode);
        Assert.Contains("You read version 1, but version 2 has replaced it", problem!.Detail, StringComparison.Ordinal);
        Assert.Equal(["Superseded", "InReview"], versions.EnumerateArray().Select(v => v.GetProperty("state").GetString()));
        Assert.Equal(HttpStatusCode.OK, approveRead.StatusCode);
    }

    [Theory]
    [InlineData("approve", "{}")]
    [InlineData("approve", "")]
    [InlineData("request-changes", "{\"comment\":\"Shorter.\"}")]
    public async Task A_decision_that_does_not_name_the_version_read_is_a_400(string step, string body)
    {
        var id = await app.CreateDocumentAsync($"unnamed-{step}-{body.Length}", "Text.");
        await app.StepAsync(ClaroApp.Author, id, "en", "submit");
        var reviewer = await app.SignInAsync(ClaroApp.Reviewer);

        var response = await reviewer.PostAsync($"/api/v1/admin/documents/{id}/en/{step}", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<Problem>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InReview", (await app.CultureStateAsync(id, "en")).GetProperty("state").GetString());
        Assert.Contains(body.Length == 0 ? "JSON" : "version", problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_publisher_publishes_and_only_approved_versions()
    {
        var id = await app.CreateDocumentAsync("needs-approval", "Text.");

        var notApproved = await app.PublishAsync(id, ["en"]);
        await app.StepAsync(ClaroApp.Author, id, "en", "submit");
        await app.ApproveAsync(ClaroApp.Reviewer, id, "en");
        var byReviewer = await app.PublishAsync(id, ["en"], who: ClaroApp.Reviewer);
        var byPublisher = await app.PublishAsync(id, ["en"]);

        Assert.Equal(HttpStatusCode.Conflict, notApproved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byPublisher.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Reader().GetAsync("/en/needs-approval")).StatusCode);
    }

    [Fact]
    public async Task Wrong_state_transitions_are_409()
    {
        var id = await app.CreateDocumentAsync("wrong-state", "Text.");

        var approveDraft = await app.ApproveAsync(ClaroApp.Reviewer, id, "en");
        await app.StepAsync(ClaroApp.Author, id, "en", "submit");
        var submitTwice = await app.StepAsync(ClaroApp.Author, id, "en", "submit");

        Assert.Equal(HttpStatusCode.Conflict, approveDraft.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, submitTwice.StatusCode);
    }

    [Fact]
    public async Task Request_changes_needs_a_comment_and_keeps_it()
    {
        var id = await app.CreateDocumentAsync("changes-asked", "Text.");
        await app.StepAsync(ClaroApp.Author, id, "en", "submit");

        var empty = await app.StepAsync(ClaroApp.Reviewer, id, "en", "request-changes", new { version = 1, comment = " " });
        var asked = await app.StepAsync(ClaroApp.Reviewer, id, "en", "request-changes", new { version = 1, comment = "Say which hours." });
        var versions = await app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}/en/versions");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal("Draft", versions[0].GetProperty("state").GetString());
        Assert.Equal("Say which hours.", versions[0].GetProperty("reviewComment").GetString());
    }

    [Fact]
    public async Task A_stale_base_version_is_refused_and_nothing_is_lost()
    {
        var id = await app.CreateDocumentAsync("two-editors", "First.");
        var first = await app.SaveDraftAsync(ClaroApp.Author, id, "en", Draft("two-editors", "Editor one.", 1));

        var second = await app.SaveDraftAsync(ClaroApp.Admin, id, "en", Draft("two-editors", "Editor two.", 1));
        var problem = await second.Content.ReadFromJsonAsync<Problem>();
        var versions = await app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}/en/versions");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("version 2", problem!.Detail, StringComparison.Ordinal);
        Assert.Equal(2, versions.GetArrayLength());
    }

    [Fact]
    public async Task A_draft_saved_with_submit_lands_in_review_in_one_step_and_still_needs_a_second_person()
    {
        var id = await app.CreateDocumentAsync("broadcast-fix", "Call 816-555-0100.");

        // The admin is an Author and a Reviewer too: the one writer who could approve, were the version not theirs.
        var saved = await app.SaveDraftAsync(ClaroApp.Admin, id, "en", SubmittedDraft("broadcast-fix", "Call 816-555-0199.", 1));
        var state = await app.CultureStateAsync(id, "en");
        var audit = await TrailAsync(id);
        var byWriter = await app.ApproveAsync(ClaroApp.Admin, id, "en", version: 2);
        var problem = await byWriter.Content.ReadFromJsonAsync<Problem>();
        var byReviewer = await app.ApproveAsync(ClaroApp.Reviewer, id, "en", version: 2);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(2, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(("InReview", 2), (state.GetProperty("state").GetString(), state.GetProperty("latestVersion").GetInt32()));
        Assert.Equal(
            [("Created", 1, "Draft"), ("Superseded", 1, "Superseded"), ("Saved", 2, "Draft"), ("Submitted", 2, "InReview")],
            audit.Select(e => (e.Action, e.Version ?? 0, e.ToState)));
        Assert.All(audit.Skip(1), e => Assert.Equal(ClaroApp.Admin, e.Actor));
        Assert.Equal(HttpStatusCode.Forbidden, byWriter.StatusCode);
        Assert.Contains("second person", problem!.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, byReviewer.StatusCode);
    }

    [Fact]
    public async Task A_stale_base_version_with_submit_is_a_409_and_leaves_nothing()
    {
        var id = await app.CreateDocumentAsync("stale-submit", "First.");
        (await app.SaveDraftAsync(ClaroApp.Author, id, "en", Draft("stale-submit", "Editor one.", 1))).EnsureSuccessStatusCode();
        var before = await TrailAsync(id);

        var stale = await app.SaveDraftAsync(ClaroApp.Admin, id, "en", SubmittedDraft("stale-submit", "Editor two, in a hurry.", 1));
        var problem = await stale.Content.ReadFromJsonAsync<Problem>();
        var versions = await app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}/en/versions");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        Assert.Contains("version 2", problem!.Detail, StringComparison.Ordinal);
        Assert.Equal(["Superseded", "Draft"], versions.EnumerateArray().Select(v => v.GetProperty("state").GetString()));
        Assert.Equal(before, await TrailAsync(id));
    }

    /// <summary>
    /// Sending to review asks the same of the sender as writing (<c>Permissions.MayEdit</c>), and a version just saved is
    /// always a draft, so there is no case where the save would be taken and the submission refused: these are the
    /// refusals a combined step can meet, and each leaves the document as it was.
    /// </summary>
    [Theory]
    [InlineData(ClaroApp.Translator, "{\"slug\":\"refused-submit\",\"title\":\"T\",\"summary\":\"\",\"body\":\"New.\",\"changeNote\":\"\",\"baseVersion\":1,\"submit\":true}", HttpStatusCode.Forbidden, "Only an Author")]
    [InlineData(ClaroApp.Reviewer, "{\"slug\":\"refused-submit\",\"title\":\"T\",\"summary\":\"\",\"body\":\"New.\",\"changeNote\":\"\",\"baseVersion\":1,\"submit\":true}", HttpStatusCode.Forbidden, "Only an Author")]
    [InlineData(ClaroApp.Author, "{\"slug\":\"refused-submit\",\"title\":\"T\",\"summary\":\"\",\"body\":\"New.\",\"changeNote\":\"\",\"baseVersion\":1,\"submit\":\"yes\"}", HttpStatusCode.BadRequest, "$.submit")]
    [InlineData(ClaroApp.Author, "{\"slug\":\"refused-submit\",\"title\":\"\",\"summary\":\"\",\"body\":\"New.\",\"changeNote\":\"\",\"baseVersion\":1,\"submit\":true}", HttpStatusCode.BadRequest, "title")]
    public async Task A_refused_save_and_submit_saves_nothing(string who, string json, HttpStatusCode status, string detailMentions)
    {
        var id = await app.CreateDocumentAsync($"refused-{Guid.NewGuid():N}", "First.");
        var before = await TrailAsync(id);

        var response = await (await app.SignInAsync(who)).PutAsync($"/api/v1/admin/documents/{id}/en/draft", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        var state = await app.CultureStateAsync(id, "en");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(detailMentions, problem!.Detail, StringComparison.Ordinal);
        Assert.Equal(("Draft", 1), (state.GetProperty("state").GetString(), state.GetProperty("latestVersion").GetInt32()));
        Assert.Equal(before, await TrailAsync(id));
    }

    [Fact]
    public async Task Readers_keep_the_published_version_while_the_next_is_drafted_and_reviewed()
    {
        var id = await app.CreateDocumentAsync("stays-live", "Live text one.");
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        await app.SaveDraftAsync(ClaroApp.Author, id, "en", Draft("stays-live", "Draft text two.", 1, "Second"));
        await app.StepAsync(ClaroApp.Author, id, "en", "submit");

        var html = await app.Reader().GetStringAsync("/en/stays-live");

        Assert.Contains("Live text one.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft text two.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_supersedes_the_previous_version_and_shows_the_change_note()
    {
        var id = await app.CreateDocumentAsync("superseded", "One.");
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        await app.SaveDraftAsync(ClaroApp.Author, id, "en", Draft("superseded", "Two.", 1, "Clarified the hours"));
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));

        var versions = await app.GetJsonAsync(ClaroApp.Author, $"/api/v1/admin/documents/{id}/en/versions");
        var html = await app.Reader().GetStringAsync("/en/superseded");
        var history = await app.Reader().GetStringAsync("/en/superseded/history");

        Assert.Equal(["Superseded", "Published"], versions.EnumerateArray().Select(v => v.GetProperty("state").GetString()));
        Assert.Contains("Clarified the hours", html, StringComparison.Ordinal);
        Assert.Contains("Clarified the hours", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_shows_what_changed_line_by_line()
    {
        var id = await app.CreateDocumentAsync("diffed", "Line one.\n\nOld line.");
        await app.SaveDraftAsync(ClaroApp.Author, id, "en", Draft("diffed", "Line one.\n\nNew line.", 1));

        var diff = await app.GetJsonAsync(ClaroApp.Reviewer, $"/api/v1/admin/documents/{id}/en/diff?from=1&to=2");
        var lines = diff.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("type").GetString(), l.GetProperty("text").GetString())).ToList();

        Assert.Contains(("deleted", "Old line."), lines);
        Assert.Contains(("inserted", "New line."), lines);
        Assert.Contains(("unchanged", "Line one."), lines);
    }

    [Fact]
    public async Task Every_transition_is_in_the_audit_log_with_who_and_states()
    {
        var id = await app.CreateDocumentAsync("audited", "Text.");
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));

        var audit = await app.GetJsonAsync(ClaroApp.Publisher, $"/api/v1/admin/documents/{id}/audit");
        var events = audit.EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("actor").GetString(), e.GetProperty("toState").GetString())).ToList();

        Assert.Equal(
            [("Created", ClaroApp.Author, "Draft"), ("Submitted", ClaroApp.Author, "InReview"), ("Approved", ClaroApp.Reviewer, "Approved"), ("Published", ClaroApp.Publisher, "Published")],
            events);
    }

    [Fact]
    public async Task Withdrawing_needs_a_publisher_and_a_reason_and_gives_readers_410_with_it()
    {
        var id = await app.CreateDocumentAsync("withdrawn-page", "Text.");
        await app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        var author = await app.SignInAsync(ClaroApp.Author);
        var publisher = await app.SignInAsync(ClaroApp.Publisher);

        var byAuthor = await author.PostAsJsonAsync($"/api/v1/admin/documents/{id}/withdraw", new { reason = "Replaced." });
        var noReason = await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{id}/withdraw", new { reason = "" });
        var withdrawn = await publisher.PostAsJsonAsync($"/api/v1/admin/documents/{id}/withdraw", new { reason = "Replaced by the city ordinance page." });
        var page = await app.Reader().GetAsync("/en/withdrawn-page");

        Assert.Equal(HttpStatusCode.Forbidden, byAuthor.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("Replaced by the city ordinance page.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("withdrawn-page", await app.Reader().GetStringAsync("/en/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_in_the_address_is_a_400_problem_not_an_error()
    {
        var id = await app.CreateDocumentAsync("typed-values", "Text.");
        var reviewer = await app.SignInAsync(ClaroApp.Reviewer);

        var response = await reviewer.GetAsync($"/api/v1/admin/documents/{id}/en/diff?from=abc&to=2");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_method_the_API_does_not_take_is_a_405_problem()
    {
        var id = await app.CreateDocumentAsync("no-delete", "Text.");
        var admin = await app.SignInAsync(ClaroApp.Admin);

        var response = await admin.DeleteAsync($"/api/v1/admin/documents/{id}");
        var problem = await response.Content.ReadFromJsonAsync<Problem>();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("method", problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_documents_are_404_problems()
    {
        var author = await app.SignInAsync(ClaroApp.Author);

        var response = await author.GetAsync("/api/v1/admin/documents/4nosuchdocument00000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Readability_is_measured_against_the_target_of_the_language()
    {
        var author = await app.SignInAsync(ClaroApp.Author);

        var english = await (await author.PostAsJsonAsync("/api/v1/admin/readability", new { culture = "en", text = "Police do not ask about your status. You can call us." })).Content.ReadFromJsonAsync<JsonElement>();
        var spanish = await (await author.PostAsJsonAsync("/api/v1/admin/readability", new { culture = "es", text = "La policía no le pregunta por su estatus. Puede llamarnos." })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("flesch-kincaid-grade", english.GetProperty("measure").GetString());
        Assert.True(english.GetProperty("meetsTarget").GetBoolean());
        Assert.Equal("fernandez-huerta", spanish.GetProperty("measure").GetString());
        Assert.Equal(70, spanish.GetProperty("target").GetDouble());
    }
}
