using Claro.Content;
using Claro.Reading;
using Claro.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Claro.Site.Reading;

/// <summary><c>/{culture}/{slug}/history</c>: when the page was published and what changed each time.</summary>
internal sealed class HistoryModel(ClaroDbContext db, IOptions<ClaroOptions> options) : ReaderPageModel
{
    public string Slug { get; private set; } = "";

    public IReadOnlyList<PublishedChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string culture, string slug, CancellationToken ct)
    {
        Culture = culture.ToLowerInvariant();
        if (Claro.Content.Slug.Fold(slug) is var folded && folded != slug)
        {
            return folded.Length == 0 ? NotFound() : RedirectPermanent($"/{Culture}/{folded}/history");
        }

        Changes = await db.HistoryAsync(Culture, slug, ct);
        if (Changes.Count == 0)
        {
            return NotFound();
        }

        Slug = slug;
        Title = Changes[0].Title;
        UseHomeLanguages(options.Value);
        return Page();
    }
}
