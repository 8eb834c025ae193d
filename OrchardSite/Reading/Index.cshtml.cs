using System.Globalization;
using Claro.Reading;
using Claro.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary><c>/{culture}/</c>: the published explainers in one language, fifty to a page (<c>?page=2</c>).</summary>
internal sealed class IndexModel(ClaroDbContext db, SiteUrls urls, IOptions<ClaroOptions> options, IStringLocalizer<SiteText> text) : ReaderPageModel
{
    public const int PageSize = 50;

    internal PageList List { get; private set; } = new([], 1, 0, 0);

    public async Task<IActionResult> OnGetAsync(string culture, CancellationToken ct)
    {
        Culture = culture;
        // The list has one address, spelled the site's way: /es/, not /ES/ or /es.
        if (Request.Path.Value != $"/{Culture}/")
        {
            return RedirectPermanent($"/{Culture}/{Request.QueryString}");
        }

        // "page" is a route value of Razor Pages itself, so the number is read from the query string.
        var number = 1;
        if (Request.Query.TryGetValue("page", out var requested)
            && !(int.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1))
        {
            return NotFound();
        }

        List = await db.ListPageAsync(Culture, number, PageSize, ct);
        if (number > 1 && number > List.PageCount)
        {
            return NotFound();
        }

        var query = number > 1 ? $"?page={number}" : "";
        Title = number > 1 ? $"{text["Policy explainers"]} ({text["page {0} of {1}", number, List.PageCount]})" : text["Policy explainers"];
        Description = text["How the Kansas City, Missouri Police Department works, in plain words. Read it in your language."];
        Canonical = urls.Absolute($"/{Culture}/{query}");
        if (number == 1)
        {
            Alternates = options.Value.Cultures.Select(c => new LanguageLink(c, urls.Absolute($"/{c}/"))).ToList();
            DefaultAlternate = urls.Absolute($"/{options.Value.DefaultCulture}/");
        }

        UseHomeLanguages(options.Value);
        return Page();
    }

    internal string PageLink(int number) => number > 1 ? $"/{Culture}/?page={number}" : $"/{Culture}/";
}
