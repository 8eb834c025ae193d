using Claro.Links;
using Claro.Localization;
using Claro.Site.Reading;
using Claro.Storage;
using Claro.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin.Links;

/// <summary>
/// <c>/admin/links/{code}</c>: what an officer needs to pass a link on: the address, how to say it
/// aloud, its QR code, and messages ready for WhatsApp and SMS, all in the link's language and
/// without tracking parameters.
/// </summary>
internal sealed class ShareModel(ClaroDbContext db, SiteUrls urls, IStringLocalizer<SiteText> text) : AdminPageModel
{
    internal LinkedPage Link { get; private set; } = null!;

    internal string Address { get; private set; } = "";

    internal string Spoken { get; private set; } = "";

    internal string Message { get; private set; } = "";

    internal string WhatsApp => "https://wa.me/?text=" + Uri.EscapeDataString(Message);

    internal string Sms => "sms:?&body=" + Uri.EscapeDataString(Message);

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
        Address = urls.ShortLink(link.Code);
        Spoken = SpokenLink.Say(urls.BaseUrl, link.Code, link.Culture, link.Title);
        Message = new CultureLocalizer(text, link.Culture)["Read “{0}”: {1}", link.Title, Address];
        Title = text["Share /s/{0}", link.Code];
        return Page();
    }
}
