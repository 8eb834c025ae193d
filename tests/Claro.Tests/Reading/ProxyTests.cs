using System.Net;
using System.Net.Http.Json;
using Claro.Site.Staff;
using Claro.Staff;
using Claro.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Claro.Tests.Reading;

/// <summary>
/// The site in Production behind a TLS-terminating proxy at 127.0.0.1 (Claro:KnownProxies), on a real
/// server: what the proxy says about the scheme is believed from it alone.
/// </summary>
public sealed class ProxyTests(ProxyTests.BehindProxy site) : IClassFixture<ProxyTests.BehindProxy>
{
    private const string Host = "kcpd.example.org";
    private const string Client = "203.0.113.9";

    [Fact]
    public async Task Over_HTTPS_through_the_known_proxy_the_staff_cookie_is_Secure_and_HSTS_is_sent()
    {
        var client = WithoutCookieJar(site.IPv4);

        var signIn = await SignInAsync(client);
        var page = await SendAsync(client, HttpMethod.Get, "/en/");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("claro-staff=", StringComparison.Ordinal) && c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_same_headers_from_an_address_that_is_not_a_known_proxy_are_not_believed()
    {
        var client = WithoutCookieJar(site.IPv6);

        var signIn = await SignInAsync(client);
        var page = await SendAsync(client, HttpMethod.Get, "/en/");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain(signIn.Headers.GetValues("Set-Cookie"), c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_clients_address_is_never_logged_even_when_its_sign_in_fails()
    {
        var client = WithoutCookieJar(site.IPv4);

        await SendAsync(client, HttpMethod.Post, "/api/v1/account/login", JsonContent.Create(new { email = BehindProxy.Chief, password = "not the passphrase at all" }));
        await SendAsync(client, HttpMethod.Get, "/es/inmigracion");

        Assert.Contains(site.LogLines, line => line.Contains("Request starting", StringComparison.Ordinal));
        Assert.DoesNotContain(site.LogLines, line => line.Contains(Client, StringComparison.Ordinal));
    }

    /// <summary>The browser is on HTTPS, this client on plain HTTP: it hands back the cookies itself, Secure ones included.</summary>
    private static HttpClient WithoutCookieJar(Uri address) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client)
    {
        var login = await SendAsync(client, HttpMethod.Get, "/admin/login");
        var cookies = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var form = await login.Content.ReadAsStringAsync();
        return await SendAsync(client, HttpMethod.Post, "/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = BehindProxy.Chief,
            ["password"] = BehindProxy.Passphrase,
            ["__RequestVerificationToken"] = Admin.AdminForms.TokenIn(form),
        }), cookies);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, HttpContent? content = null, string? cookies = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (cookies is not null)
        {
            request.Headers.Add("Cookie", cookies);
        }

        request.Headers.Host = Host;
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", Client);
        return client.SendAsync(request);
    }

    /// <summary>Production, its one proxy at 127.0.0.1, and an administrator made the way an operator would.</summary>
    public sealed class BehindProxy : KestrelSite
    {
        public const string Chief = "chief@example.org";
        public const string Passphrase = "a long passphrase for the chief";

        public BehindProxy()
            : base(new() { ["Claro:KnownProxies:0"] = "127.0.0.1" }, "Production", null, verbose: true)
        {
            using var scope = Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffMember>>();
            DemoAccounts.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>()).GetAwaiter().GetResult();
            var created = users.CreateStaffAsync(Chief, Passphrase, Roles.All).GetAwaiter().GetResult();
            Assert.True(created.Succeeded);
        }
    }
}
