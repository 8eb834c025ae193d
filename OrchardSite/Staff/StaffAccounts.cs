using System.Security.Claims;
using Claro.Staff;
using Claro.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Claro.Site.Staff;

/// <summary>Staff sign-in: bearer tokens for the admin API, a cookie for the <c>/admin</c> pages.</summary>
internal static class StaffAccounts
{
    public const string ApiPolicy = "StaffApi";
    public const string StaffPagesPolicy = "StaffPages";

    public static IServiceCollection AddStaffAccounts(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, bearer => bearer.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(cookie =>
            {
                cookie.LoginPath = "/admin/login";
                cookie.LogoutPath = "/admin/logout";
                cookie.AccessDeniedPath = "/admin/denied";
                cookie.Cookie.Path = "/admin";
                cookie.Cookie.Name = "claro-staff";
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.HttpOnly = true;
                // Secure whenever the request came over HTTPS, also through a proxy in Claro:KnownProxies.
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            }));

        services.AddIdentityCore<StaffMember>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                // NIST SP 800-63B: length, no composition rules; StaffPasswordValidator refuses common passwords.
                identity.Password.RequiredLength = PasswordRules.MinLength;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 1;
                // The last wall, as NIST asks (at most 100 failures in a row): SignInThrottle slows guessing down long before.
                identity.Lockout.MaxFailedAccessAttempts = 100;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromHours(1);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClaroDbContext>()
            .AddSignInManager()
            .AddPasswordValidator<StaffPasswordValidator>()
            .AddDefaultTokenProviders();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<StaffSignIn>();

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser())
            .AddPolicy(StaffPagesPolicy, policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Path = "/admin";
            antiforgery.Cookie.Name = "claro-antiforgery";
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddScoped<DemoAccounts>();
        return services;
    }

    /// <summary>The library's view of the signed-in staff member.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(r => r.Value).ToHashSet(StringComparer.Ordinal));

    /// <summary>Creates a staff member with the given roles and a password that meets <see cref="PasswordRules"/>, or says why not.</summary>
    public static async Task<IdentityResult> CreateStaffAsync(this UserManager<StaffMember> users, string email, string password, IEnumerable<string> roles)
    {
        var member = new StaffMember { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(member, password);
        return created.Succeeded ? await users.AddToRolesAsync(member, roles) : created;
    }

    /// <summary>
    /// A Development demo account: its password is the configured demo password, whatever the rules
    /// say, since nobody chose it and the contract names it (<c>Demo-Pass-2026</c> is 14 characters).
    /// </summary>
    public static async Task<IdentityResult> CreateDemoStaffAsync(this UserManager<StaffMember> users, string email, string password, IEnumerable<string> roles)
    {
        var member = new StaffMember { UserName = email, Email = email, EmailConfirmed = true };
        member.PasswordHash = users.PasswordHasher.HashPassword(member, password);
        var created = await users.CreateAsync(member);
        return created.Succeeded ? await users.AddToRolesAsync(member, roles) : created;
    }
}

/// <summary>The demo accounts of the contract, created in Development on an empty database only.</summary>
internal sealed class DemoAccounts(UserManager<StaffMember> users, RoleManager<IdentityRole> roles, Microsoft.Extensions.Options.IOptions<ClaroOptions> options)
{
    private static readonly (string Email, string[] Roles)[] Accounts =
    [
        ("author@example.org", [Claro.Staff.Roles.Author]),
        ("translator@example.org", [Claro.Staff.Roles.Translator]),
        ("reviewer@example.org", [Claro.Staff.Roles.Reviewer]),
        ("reviewer2@example.org", [Claro.Staff.Roles.Reviewer]),
        ("publisher@example.org", [Claro.Staff.Roles.Publisher]),
        ("admin@example.org", [.. Claro.Staff.Roles.All]),
    ];

    public async Task EnsureAsync()
    {
        await EnsureRolesAsync(roles);
        if (users.Users.Any())
        {
            return;
        }

        foreach (var (email, memberRoles) in Accounts)
        {
            var result = await users.CreateDemoStaffAsync(email, options.Value.DemoPassword, memberRoles);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create the demo account {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }
        }
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Claro.Staff.Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
