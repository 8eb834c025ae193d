using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin;

/// <summary><c>/admin/denied</c>: where a page that needs another role sends the staff member.</summary>
internal sealed class DeniedModel(IStringLocalizer<SiteText> text) : AdminPageModel
{
    public void OnGet()
    {
        Title = text["Not allowed"];
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
