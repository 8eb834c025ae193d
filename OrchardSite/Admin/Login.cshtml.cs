using Claro.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin;

/// <summary><c>/admin/login</c>: the staff cookie sign-in, with lockout after repeated failures.</summary>
internal sealed class LoginModel(SignInManager<StaffMember> signIn, IStringLocalizer<SiteText> text) : AdminPageModel
{
    public string Email { get; private set; } = "";

    public string? ReturnUrl { get; private set; }

    public string? Error { get; private set; }

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

        var result = await signIn.PasswordSignInAsync(Email, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/admin");
        }

        return Failed(result.IsLockedOut
            ? text["Too many failed sign-ins: this account is locked for 15 minutes. Ask an administrator if you need it sooner."]
            : text["The email or the password is not right."]);
    }

    private PageResult Failed(string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
