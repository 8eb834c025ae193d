using Claro.Reading;
using Claro.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary><c>/{culture}/</c>: the published explainers in one language.</summary>
internal sealed class IndexModel(ClaroDbContext db, SiteUrls urls, IOptions<ClaroOptions> options, IStringLocalizer<SiteText> text) : ReaderPageModel
{
    public IReadOnlyList<PageSummary> Pages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string culture, CancellationToken ct)
    {
        Culture = culture.ToLowerInvariant();
        if (culture != Culture || !Request.Path.Value!.EndsWith('/'))
        {
            return RedirectPermanent($"/{Culture}/");
        }

        Pages = await db.ListAsync(Culture, ct);
        Title = text["Policy explainers"];
        Description = text["How the Kansas City, Missouri Police Department works, in plain words. Read it in your language."];
        Canonical = urls.Absolute($"/{Culture}/");
        Alternates = options.Value.Cultures.Select(c => new LanguageLink(c, urls.Absolute($"/{c}/"))).ToList();
        DefaultAlternate = urls.Absolute($"/{options.Value.DefaultCulture}/");
        UseHomeLanguages(options.Value);
        return Page();
    }
}
