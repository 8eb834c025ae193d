using Claro.Content;
using Claro.Reading;
using Claro.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary><c>/{culture}/{slug}/history</c>: when the page was published and what changed each time.</summary>
internal sealed class HistoryModel(ClaroDbContext db, IOptions<ClaroOptions> options) : ReaderPageModel
{
    internal string Slug { get; private set; } = "";

    internal IReadOnlyList<PublishedChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string culture, string slug, CancellationToken ct)
    {
        Culture = culture;
        var folded = Claro.Content.Slug.Fold(slug);
        Changes = folded.Length == 0 ? [] : await db.HistoryAsync(Culture, folded, ct);
        if (Changes.Count == 0)
        {
            return NotFound();
        }

        if (folded != slug)
        {
            return RedirectPermanent($"/{Culture}/{folded}/history");
        }

        Slug = slug;
        Title = Changes[0].Title;
        UseHomeLanguages(options.Value);
        return Page();
    }
}
