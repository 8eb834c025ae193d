using System.Net;
using System.Net.Http.Json;
using Claro.Site.Staff;
using Claro.Staff;
using Claro.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Claro.Tests.Staff;

/// <summary>
/// Sign-in on a real server, from two addresses (127.0.0.1 and ::1), with the site's password hasher
/// wrapped so that tests can count how many hashes each attempt checks, and a clock they can move.
/// </summary>
public sealed class SignInTests : IDisposable
{
    private readonly SignInSite _site = new();

    [Fact]
    public async Task Guessing_a_password_from_one_place_slows_that_place_down_and_never_locks_the_account()
    {
        var attacker = KestrelSite.ClientTo(_site.IPv4);
        var statuses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 20; guess++)
        {
            statuses.Add((await LoginAsync(attacker, ClaroApp.Publisher, $"guess number {guess}")).StatusCode);
        }

        var publisher = await LoginAsync(KestrelSite.ClientTo(_site.IPv6), ClaroApp.Publisher, ClaroApp.Password);
        var stillWaiting = await LoginAsync(attacker, ClaroApp.Publisher, ClaroApp.Password);
        _site.Clock!.Advance(SignInThrottle.FirstWait + TimeSpan.FromSeconds(1));
        var afterTheWait = await LoginAsync(attacker, ClaroApp.Publisher, ClaroApp.Password);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, SignInThrottle.FreeFailures), statuses.Take(SignInThrottle.FreeFailures));
        Assert.All(statuses.Skip(SignInThrottle.FreeFailures), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, stillWaiting.StatusCode);
        Assert.True(stillWaiting.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, publisher.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterTheWait.StatusCode);
    }

    [Fact]
    public async Task Unknown_existing_and_locked_accounts_get_the_same_answer()
    {
        await _site.LockAsync(ClaroApp.Reviewer2);
        var client = KestrelSite.ClientTo(_site.IPv6);

        var unknown = await AnswerAsync(client, "nobody@example.org", "a wrong password");
        var existing = await AnswerAsync(client, ClaroApp.Translator, "a wrong password");
        var lockedWrong = await AnswerAsync(client, ClaroApp.Reviewer2, "a wrong password");
        var lockedRight = await AnswerAsync(client, ClaroApp.Reviewer2, ClaroApp.Password);

        Assert.Equal((HttpStatusCode.Unauthorized, "The email or the password is not right."), unknown);
        Assert.Equal(unknown, existing);
        Assert.Equal(unknown, lockedWrong);
        Assert.Equal(unknown, lockedRight);
    }

    [Fact]
    public async Task Every_attempt_checks_exactly_one_password_hash_whether_or_not_the_account_exists()
    {
        await _site.LockAsync(ClaroApp.Reviewer2);
        var client = KestrelSite.ClientTo(_site.IPv4);
        var checks = new List<int>();

        foreach (var (email, password) in new[] { ("nobody@example.org", "a wrong password"), (ClaroApp.Author, "a wrong password"), (ClaroApp.Reviewer2, ClaroApp.Password), (ClaroApp.Author, ClaroApp.Password) })
        {
            var before = _site.Hasher.Verifications;
            await LoginAsync(client, email, password);
            checks.Add(_site.Hasher.Verifications - before);
        }

        Assert.Equal([1, 1, 1, 1], checks);
    }

    [Fact]
    public async Task The_staff_login_page_answers_a_throttled_address_in_its_language()
    {
        var client = KestrelSite.ClientTo(_site.IPv4);
        for (var guess = 0; guess < SignInThrottle.FreeFailures; guess++)
        {
            await LoginAsync(client, "nobody@example.org", $"guess number {guess}");
        }

        await client.GetAsync("/admin/login?ui=es");
        var page = await client.GetStringAsync("/admin/login");
        var response = await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = ClaroApp.Author,
            ["password"] = ClaroApp.Password,
            ["__RequestVerificationToken"] = Admin.AdminForms.TokenIn(page),
        }));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Demasiados intentos fallidos desde aquí", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/account/login", new { email, password });

    private static async Task<(HttpStatusCode, string?)> AnswerAsync(HttpClient client, string email, string password)
    {
        var response = await LoginAsync(client, email, password);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<Problem>())?.Detail);
    }

    public void Dispose() => _site.Dispose();

    private sealed class SignInSite() : KestrelSite([], "Development", new FakeTimeProvider(DateTimeOffset.UtcNow))
    {
        public CountingHasher Hasher { get; } = new();

        public async Task LockAsync(string email)
        {
            await using var scope = Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffMember>>();
            var member = await users.FindByEmailAsync(email);
            await users.SetLockoutEndDateAsync(member!, DateTimeOffset.UtcNow.AddDays(1));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<StaffMember>>(Hasher));
        }
    }

    /// <summary>The site's own hasher, counting how often it checks a password.</summary>
    private sealed class CountingHasher : IPasswordHasher<StaffMember>
    {
        private readonly PasswordHasher<StaffMember> _hasher = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(StaffMember user, string password) => _hasher.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffMember user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
