using Claro.Content;
using Claro.Links;
using Claro.Localization;
using Claro.Storage;
using Claro.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Radio;

/// <summary>The radio script of a document's published version in one language, with its short link.</summary>
public sealed class RadioScriptService(ClaroDbContext db, IReadOnlyDictionary<string, Pronunciation> pronunciations, IOptions<ClaroOptions> options)
{
    /// <param name="baseUrl">The address listeners type, such as <c>https://kcpd.org</c>.</param>
    /// <param name="strings">The site's strings: the script's transitions are taken from them in the script's language.</param>
    public async Task<Outcome<RadioScript>> WriteAsync(string documentId, string culture, string baseUrl, IStringLocalizer strings, CancellationToken ct = default)
    {
        if (options.Value.SiteCulture(culture) is not { } siteCulture)
        {
            return Refusal.NotFound(options.Value.NotASiteCulture(culture));
        }

        culture = siteCulture;
        var item = await db.Items.AsNoTracking().Include(i => i.PublishedVersion).Include(i => i.Document)
            .SingleOrDefaultAsync(i => i.DocumentId == documentId && i.Culture == culture, ct);
        if (item?.PublishedVersion is not { } published)
        {
            return Refusal.NotFound(item is null
                ? $"Document '{documentId}' has no {CultureNames.English(culture)} version."
                : $"The {CultureNames.English(culture)} page is not published yet: a script is read from what readers see. Publish it first.");
        }

        if (item.Document.IsWithdrawn)
        {
            return Refusal.Conflict($"The document was withdrawn on {item.Document.WithdrawnUtc:yyyy-MM-dd}: readers cannot open it, so it is not read on air.");
        }

        var code = await db.ShortLinks.AsNoTracking().Where(l => l.DocumentId == documentId && l.Culture == culture)
            .OrderBy(l => l.CreatedUtc).ThenBy(l => l.Code).Select(l => l.Code).FirstOrDefaultAsync(ct);
        var link = code is null ? null : $"{baseUrl.TrimEnd('/')}/s/{code}";
        var spoken = code is null ? null : SpokenLink.Say(baseUrl, code, culture, published.Title);
        // A version imported from an Orchard Core HtmlBodyPart has no Markdown: its text is read as it stands.
        var body = published.Markdown.Length > 0 ? published.Markdown : MarkdownRenderer.PlainTextOf("", published.Html);
        return RadioScript.Write(culture, published.Number, published.Title, published.Summary, body, link, spoken,
            new CultureLocalizer(strings, culture), pronunciations.GetValueOrDefault(culture, Pronunciation.None));
    }
}
