using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

using Claro.Tests.Support;

namespace Claro.Tests.Admin;

/// <summary>
/// The site for the staff pages' tests: the shared test host with a public address, so that spoken
/// and printed short links can be checked exactly. Staff sign in through the real login form; each
/// session keeps its own cookies.
/// </summary>
public partial class AdminPagesApp : ClaroApp
{
    public AdminPagesApp()
        : this(new())
    {
    }

    /// <summary>The same site with more settings, such as another culture.</summary>
    protected AdminPagesApp(Dictionary<string, string?> settings)
        : base(new Dictionary<string, string?>(settings) { ["Claro:PublicBaseUrl"] = "https://kcpd.org" }, null)
    {
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public new Task<HttpClient> SignInAsync(string email) => this.SignInToStaffPagesAsync(email);

    /// <summary>Starts a document through the real form, as an author; returns its id.</summary>
    public static async Task<string> CreateDocumentAsync(HttpClient author, string title, string body = "Plain words.")
    {
        var response = await author.PostFormAsync("/admin/documents/new", null,
            ("Input.Culture", "en"), ("Input.Slug", title), ("Input.Title", title), ("Input.Summary", "A summary."), ("Input.Body", body));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return DocumentId().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
    }

    [GeneratedRegex("^/admin/documents/([a-z0-9]+)")]
    private static partial Regex DocumentId();
}

/// <summary>Staff forms as a browser sends them: fetch the page, take its antiforgery token, post.</summary>
public static partial class AdminForms
{
    /// <summary>A staff member of any test site signed in through the login form, with the cookie a browser keeps.</summary>
    public static async Task<HttpClient> SignInToStaffPagesAsync(this ClaroApp app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/admin/login", null, ("email", email), ("password", ClaroApp.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<string> HtmlAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <param name="page">The page the form is on.</param>
    /// <param name="action">Where the form posts, when not to the page itself, such as <c>?handler=Save</c> after the page's path.</param>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string? action, params (string Name, string Value)[] fields)
    {
        var html = await client.HtmlAsync(page);
        var token = TokenIn(html);
        Assert.True(token.Length > 0, $"{page} has no antiforgery token");
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(form));
    }

    /// <summary>The antiforgery token of the form on a page, as the browser would send it; empty when there is none.</summary>
    public static string TokenIn(string html) => WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
