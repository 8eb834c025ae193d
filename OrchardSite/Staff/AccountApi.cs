using Claro.Site.Workflow;
using Claro.Staff;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Claro.Site.Staff;

/// <summary><c>POST /api/v1/account/login</c>: a bearer token for the admin API.</summary>
internal static class AccountApi
{
    public static void MapAccountApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/account/login", LoginAsync).AllowAnonymous().Produces<AccessTokenResponse>();

    /// <summary>On success the bearer token handler has already written <see cref="AccessTokenResponse"/>; the handler adds nothing.</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(HttpRequest request, StaffSignIn signIn, CancellationToken ct)
    {
        var body = await ApiResults.ReadJsonAsync<LoginRequest>(request, ct);
        if (body.Refusal is { } refusal)
        {
            return ApiResults.Problem(refusal);
        }

        var login = body.Value!;
        if (string.IsNullOrWhiteSpace(login.Email) || string.IsNullOrEmpty(login.Password))
        {
            return ApiResults.Problem(Refusal.Invalid("Send both 'email' and 'password'."));
        }

        var attempt = await signIn.SignInAsync(request.HttpContext, login.Email.Trim(), login.Password, IdentityConstants.BearerScheme);
        if (attempt.Succeeded)
        {
            return TypedResults.Empty;
        }

        if (attempt.Throttled)
        {
            request.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(attempt.Wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                title: "Too many failed sign-ins.",
                detail: "Too many failed sign-ins from here: wait as long as the Retry-After header says, then try again.",
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        return TypedResults.Problem(title: "Sign-in failed.", detail: "The email or the password is not right.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private sealed record LoginRequest(string? Email, string? Password);
}
