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
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            }));

        services.AddIdentityCore<StaffMember>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 12;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClaroDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser())
            .AddPolicy(StaffPagesPolicy, policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Path = "/admin";
            antiforgery.Cookie.Name = "claro-antiforgery";
        });
        services.AddScoped<DemoAccounts>();
        return services;
    }

    /// <summary>The library's view of the signed-in staff member.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(r => r.Value).ToHashSet(StringComparer.Ordinal));

    /// <summary>Creates a staff member with the given roles, or says why not.</summary>
    public static async Task<IdentityResult> CreateStaffAsync(this UserManager<StaffMember> users, string email, string password, IEnumerable<string> roles)
    {
        var member = new StaffMember { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(member, password);
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
            var result = await users.CreateStaffAsync(email, options.Value.DemoPassword, memberRoles);
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
