using Claro.Localization;
using Claro.Site.Reading;
using Claro.Storage;
using Claro.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin.Links;

/// <summary><c>/admin/links/{code}/flyer</c>: one printable page in the link's language, on Letter or A4 alike.</summary>
internal sealed class FlyerModel(ClaroDbContext db, SiteUrls urls, IStringLocalizer<SiteText> text) : AdminPageModel
{
    internal LinkedPage Link { get; private set; } = null!;

    /// <summary>The address as people type it: no scheme.</summary>
    internal string Address { get; private set; } = "";

    /// <summary>The flyer's words, in the link's language.</summary>
    internal IStringLocalizer Words { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!Actor.MayMakeShortLinks())
        {
            return Forbid();
        }

        if (await LinkedPage.FindAsync(db, code, ct) is not { } link)
        {
            return NotFound();
        }

        Link = link;
        var address = new Uri(urls.ShortLink(link.Code));
        Address = address.Authority + address.AbsolutePath;
        Words = new CultureLocalizer(text, link.Culture);
        Title = link.Title;
        return Page();
    }
}
