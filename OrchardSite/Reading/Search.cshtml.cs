using Claro.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary><c>/{culture}/search?q=</c>: published pages of one language, accents and case ignored.</summary>
internal sealed class SearchModel(ISearchIndex search, IOptions<ClaroOptions> options, IStringLocalizer<SiteText> text) : ReaderPageModel
{
    internal string Query { get; private set; } = "";

    internal IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string culture, string? q, CancellationToken ct)
    {
        Culture = culture;
        Query = (q ?? "").Trim();
        if (Query.Length > 200)
        {
            Query = Query[..200];
        }

        Hits = await search.SearchAsync(Culture, Query, ct: ct);
        Title = text["Search"];
        UseHomeLanguages(options.Value, "search" + (Query.Length > 0 ? "?q=" + Uri.EscapeDataString(Query) : ""));
        return Page();
    }
}
