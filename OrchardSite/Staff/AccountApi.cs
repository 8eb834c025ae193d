using Claro.Site.Workflow;
using Claro.Staff;
using Claro.Workflow;
using Microsoft.AspNetCore.Identity;

namespace Claro.Site.Staff;

/// <summary><c>POST /api/v1/account/login</c>: a bearer token for the admin API.</summary>
internal static class AccountApi
{
    public static void MapAccountApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/account/login", LoginAsync).AllowAnonymous();

    private static async Task<IResult> LoginAsync(HttpRequest request, SignInManager<StaffMember> signIn, CancellationToken ct)
    {
        return await ApiResults.WithJsonAsync<LoginRequest>(request, async login =>
        {
            if (string.IsNullOrWhiteSpace(login.Email) || string.IsNullOrEmpty(login.Password))
            {
                return ApiResults.Problem(Refusal.Invalid("Send both 'email' and 'password'."));
            }

            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(login.Email.Trim(), login.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                // The bearer token handler has already written { tokenType, accessToken, expiresIn, refreshToken }.
                return TypedResults.Empty;
            }

            return TypedResults.Problem(
                title: "Sign-in failed.",
                detail: result.IsLockedOut
                    ? "Too many failed sign-ins: this account is locked for 15 minutes. Ask an administrator if you need it sooner."
                    : "The email or the password is not right.",
                statusCode: StatusCodes.Status401Unauthorized);
        }, ct);
    }

    private sealed record LoginRequest(string? Email, string? Password);
}
