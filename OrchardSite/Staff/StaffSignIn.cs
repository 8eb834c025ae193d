using Claro.Staff;
using Microsoft.AspNetCore.Identity;

namespace Claro.Site.Staff;

/// <summary>What a sign-in attempt came to; <see cref="Wait"/> is how long the address must wait when it was throttled.</summary>
internal sealed record SignInAttempt(bool Succeeded, TimeSpan Wait)
{
    public bool Throttled => Wait > TimeSpan.Zero;
}

/// <summary>
/// Staff sign-in that cannot be used against staff. Every attempt checks exactly one password hash,
/// against a stand-in when the email has no account, and every failure gets the same answer, so
/// neither the answer nor its time tells whether an account exists or is locked. Failures slow down
/// the address that makes them (<see cref="SignInThrottle"/>) long before an account locks.
/// </summary>
internal sealed class StaffSignIn(UserManager<StaffMember> users, SignInManager<StaffMember> signIn, SignInThrottle throttle)
{
    private static readonly StaffMember Nobody = new() { UserName = "nobody", Email = "nobody" };
    private static string? _standInHash;

    /// <summary>Signs the staff member in with <paramref name="scheme"/> (the cookie, or a bearer token written to the response).</summary>
    public async Task<SignInAttempt> SignInAsync(HttpContext http, string email, string password, string scheme)
    {
        var address = http.Connection.RemoteIpAddress;
        var wait = throttle.WaitFor(address);
        if (wait > TimeSpan.Zero)
        {
            return new SignInAttempt(false, wait);
        }

        var member = await users.FindByEmailAsync(email);
        var verified = users.PasswordHasher.VerifyHashedPassword(member ?? Nobody, member?.PasswordHash ?? StandInHash(), password)
            != PasswordVerificationResult.Failed;
        if (member is null || !verified || await users.IsLockedOutAsync(member))
        {
            if (member is not null && !verified)
            {
                await users.AccessFailedAsync(member);
            }

            throttle.Failed(address);
            return new SignInAttempt(false, TimeSpan.Zero);
        }

        await users.ResetAccessFailedCountAsync(member);
        throttle.Succeeded(address);
        signIn.AuthenticationScheme = scheme;
        await signIn.SignInAsync(member, isPersistent: false);
        return new SignInAttempt(true, TimeSpan.Zero);
    }

    /// <summary>A hash made like every other, of a password nobody knows, so that checking it takes as long.</summary>
    private string StandInHash() =>
        _standInHash ??= users.PasswordHasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
}
