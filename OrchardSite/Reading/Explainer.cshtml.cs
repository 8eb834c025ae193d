using Claro.Reading;
using Claro.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary><c>/{culture}/{slug}</c>: one published explainer, served from the HTML stored when it was saved.</summary>
internal sealed class ExplainerModel(ClaroDbContext db, SiteUrls urls, ShownPublications shown, IOptions<ClaroOptions> options) : ReaderPageModel
{
    internal ReaderPage? Shown { get; private set; }

    internal PageLookup.Withdrawn? Withdrawn { get; private set; }

    public async Task<IActionResult> OnGetAsync(string culture, string slug, CancellationToken ct)
    {
        Culture = culture;
        switch (await db.FindPageAsync(Culture, slug, ct))
        {
            case PageLookup.Found found:
                await shown.ShowingAsync(found.Page.DocumentId, found.Page.Publication, ct);
                Show(found.Page);
                return Page();
            case PageLookup.MovedTo moved:
                return RedirectPermanent(SiteUrls.PagePath(Culture, moved.Slug));
            case PageLookup.Withdrawn withdrawn:
                await shown.ShowingAsync(withdrawn.DocumentId, withdrawn.Publication, ct);
                Withdrawn = withdrawn;
                UseHomeLanguages(options.Value);
                Response.StatusCode = StatusCodes.Status410Gone;
                return Page();
            default:
                return NotFound();
        }
    }

    private void Show(ReaderPage page)
    {
        Shown = page;
        Title = page.Title;
        Description = page.Summary;
        Canonical = urls.Page(page.Culture, page.Slug);
        Alternates = page.Translations.Select(t => new LanguageLink(t.Culture, urls.Page(t.Culture, t.Slug))).ToList();
        var xDefault = page.Translations.FirstOrDefault(t => t.Culture == options.Value.DefaultCulture)
            ?? page.Translations.FirstOrDefault(t => t.Culture == page.SourceCulture)
            ?? page.Translations[0];
        DefaultAlternate = urls.Page(xDefault.Culture, xDefault.Slug);
        Languages = page.Translations.Where(t => t.Culture != page.Culture)
            .Select(t => new LanguageLink(t.Culture, SiteUrls.PagePath(t.Culture, t.Slug))).ToList();
    }
}
