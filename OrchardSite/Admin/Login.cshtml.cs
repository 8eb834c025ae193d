using Claro.Site.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin;

/// <summary><c>/admin/login</c>: the staff cookie sign-in; repeated failures slow down the address that makes them (<see cref="StaffSignIn"/>).</summary>
internal sealed class LoginModel(StaffSignIn signIn, IStringLocalizer<SiteText> text) : AdminPageModel
{
    internal string Email { get; private set; } = "";

    internal string? ReturnUrl { get; private set; }

    internal string? Error { get; private set; }

    public void OnGet(string? returnUrl)
    {
        Title = text["Sign in"];
        ReturnUrl = returnUrl;
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        Title = text["Sign in"];
        Email = email?.Trim() ?? "";
        ReturnUrl = returnUrl;
        if (Email.Length == 0 || string.IsNullOrEmpty(password))
        {
            return Failed(text["Enter your email and your password."]);
        }

        var attempt = await signIn.SignInAsync(HttpContext, Email, password, IdentityConstants.ApplicationScheme);
        if (attempt.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/admin");
        }

        if (attempt.Throttled)
        {
            Response.Headers.RetryAfter = Math.Ceiling(attempt.Wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Failed(text["Too many failed sign-ins from here: wait a few minutes, then try again."], StatusCodes.Status429TooManyRequests);
        }

        return Failed(text["The email or the password is not right."]);
    }

    private PageResult Failed(string error, int status = StatusCodes.Status401Unauthorized)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }
}
