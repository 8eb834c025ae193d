using Claro.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Claro.Site.Admin;

/// <summary><c>POST /admin/logout</c>: ends the staff cookie session. A plain visit goes back to the dashboard.</summary>
internal sealed class LogoutModel(SignInManager<StaffMember> signIn) : AdminPageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/admin/login");
    }
}
