using Claro.Site.Staff;
using Claro.Site.Workflow;
using Claro.Staff;
using Claro.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Claro.Site.Admin;

/// <summary>What the staff layout needs from every page: its title and the refusal to show, if the last action was refused.</summary>
internal abstract class AdminPageModel : PageModel
{
    internal string Title { get; private protected set; } = "";

    internal Refusal? Refusal { get; private set; }

    protected Actor Actor => User.ToActor();

    /// <summary>Shows the page again with the refusal above it, answering with the status the admin API would give.</summary>
    protected PageResult Refused(Refusal refusal)
    {
        Refusal = refusal;
        Response.StatusCode = ApiResults.StatusOf(refusal);
        return Page();
    }

    /// <summary>After a successful action: back to a page that says what was done (post, redirect, get).</summary>
    protected RedirectResult Done(string path, string done) => Redirect($"{path}?done={done}");
}
