using Claro.Content;
using Claro.Localization;
using Claro.Storage;
using Claro.Translation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Site.Admin;

/// <summary>One cell of the translation table: where a culture stands, and, for an open draft, how far behind its source it is.</summary>
internal sealed record TranslationCell(string Label, string? Behind, string Href);

internal sealed record TranslationRow(string DocumentId, string Title, IReadOnlyList<TranslationCell> Cells);

/// <summary><c>/admin/translations</c>: every document in every configured culture, at a glance.</summary>
internal sealed class TranslationsModel(ClaroDbContext db, IOptions<ClaroOptions> options, IStringLocalizer<SiteText> text) : AdminPageModel
{
    internal IReadOnlyList<string> Cultures => options.Value.Cultures;

    internal IReadOnlyList<TranslationRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = text["Translations"];
        Rows = (await db.DocumentsAsync(ct)).Select(document =>
        {
            var statuses = TranslationStatus.Of(document);
            return new TranslationRow(document.Id, document.Title, Cultures.Select(culture =>
            {
                var status = statuses.FirstOrDefault(s => s.Culture == culture);
                var href = $"/admin/documents/{document.Id}/{culture}/{(culture == document.SourceCulture ? "edit" : "translate")}";
                return Cell(status, href);
            }).ToList());
        }).ToList();
    }

    private TranslationCell Cell(CultureStatus? status, string href)
    {
        var behind = status is { Outdated: true } ? text.Plural(status.BehindBy, "behind by {0} source version", "behind by {0} source versions").Value : null;
        return status switch
        {
            null => new(text["missing"], null, href),
            { IsSource: true } => new(text["source"], null, href),
            { State: VersionState.Draft or VersionState.InReview or VersionState.Approved } => new(AdminText.State(text, status.State), behind, href),
            { Outdated: true } => new(behind!, null, href),
            _ => new(text["up to date"], null, href),
        };
    }
}
