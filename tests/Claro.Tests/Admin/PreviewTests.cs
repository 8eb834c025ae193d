using System.Net;

namespace Claro.Tests.Admin;

/// <summary>The editor's preview renders on the server: only for those who may write the text, and within the same limits as a save.</summary>
public sealed class PreviewTests(AdminPagesApp app) : IClassFixture<AdminPagesApp>
{
    private static (string, string)[] Draft(string body, string summary = "A summary.") =>
        [("Input.Slug", "preview-page"), ("Input.Title", "Preview page"), ("Input.Summary", summary), ("Input.Body", body), ("Input.BaseVersion", "1")];

    [Fact]
    public async Task A_preview_with_an_empty_summary_shows_the_page()
    {
        var author = await app.SignInAsync(AdminPagesApp.Author);
        var edit = $"/admin/documents/{await AdminPagesApp.CreateDocumentAsync(author, "Empty summary")}/en/edit";

        var response = await author.PostFormAsync(edit, edit + "?handler=Preview", Draft("## Plain words\n\nText.", summary: ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2 id=\"plain-words\">Plain words</h2>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_someone_who_may_write_the_text_gets_a_preview()
    {
        var author = await app.SignInAsync(AdminPagesApp.Author);
        var edit = $"/admin/documents/{await AdminPagesApp.CreateDocumentAsync(author, "Who previews")}/en/edit";
        var publisher = await app.SignInAsync(AdminPagesApp.Publisher);

        var response = await publisher.PostFormAsync(edit, edit + "?handler=Preview", Draft("Text."));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("preview-heading", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Preview")]
    [InlineData("Save")]
    public async Task A_body_past_a_limit_is_refused_with_the_limit_in_the_staff_members_language(string handler)
    {
        var author = await app.SignInAsync(AdminPagesApp.Author);
        var edit = $"/admin/documents/{await AdminPagesApp.CreateDocumentAsync(author, "Limits in " + handler)}/en/edit";
        await author.GetAsync("/admin?ui=es");

        var response = await author.PostFormAsync(edit, $"{edit}?handler={handler}", Draft(string.Concat(Enumerable.Repeat("[a](", 20_000))));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("El párrafo, título, elemento de lista o tabla de la línea 1 tiene 40.000 marcas de formato", html, StringComparison.Ordinal);
        Assert.DoesNotContain("preview-heading", html, StringComparison.Ordinal);
    }
}
