using System.Net;

namespace Claro.Tests.Admin;

[Trait("Category", "Database")]
public class LoginTests(AdminPagesApp app) : IClassFixture<AdminPagesApp>
{
    [Fact]
    public async Task Signed_out_staff_are_sent_to_the_login_page()
    {
        var response = await app.Anonymous().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_returns_to_the_local_page_asked_for()
    {
        var client = app.Anonymous();

        var response = await client.PostFormAsync("/admin/login", null,
            ("email", "author@example.org"), ("password", AdminPagesApp.Password), ("returnUrl", "/admin/translations"));

        Assert.Equal("/admin/translations", response.Headers.Location!.OriginalString);
        Assert.Contains("author@example.org", await client.HtmlAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ignores_a_return_address_on_another_site()
    {
        var response = await app.Anonymous().PostFormAsync("/admin/login", null,
            ("email", "author@example.org"), ("password", AdminPagesApp.Password), ("returnUrl", "https://evil.example/admin"));

        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_shows_the_error_and_signs_nobody_in()
    {
        var client = app.Anonymous();

        var response = await client.PostFormAsync("/admin/login", null, ("email", "reviewer2@example.org"), ("password", "not-the-password"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The email or the password is not right.", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"login-error\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        var client = await app.SignInAsync("translator@example.org");

        var response = await client.PostFormAsync("/admin", "/admin/logout");

        Assert.Equal("/admin/login", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Spanish_staff_pages_stay_Spanish_once_chosen()
    {
        var client = await app.SignInAsync("reviewer@example.org");

        var chosen = await client.HtmlAsync("/admin?ui=es");
        var next = await client.HtmlAsync("/admin/translations");

        Assert.Contains("<html lang=\"es\">", chosen, StringComparison.Ordinal);
        Assert.Contains("Lo que le espera", chosen, StringComparison.Ordinal);
        Assert.Contains("Cerrar sesión", next, StringComparison.Ordinal);
    }
}
