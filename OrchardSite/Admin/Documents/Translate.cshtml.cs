using Claro.Content;
using Claro.Links;
using Claro.Storage;
using Claro.Translation;
using Claro.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Claro.Site.Admin.Documents;

/// <summary>A line of the source, marked when it changed since the version the translation was made from.</summary>
internal sealed record SourceLine(string Text, bool Changed);

/// <summary>A row of the side-by-side editor: a source section beside its translation.</summary>
internal sealed record SectionRow(IReadOnlyList<SourceLine> Source, string Translation);

/// <summary>A link of the source shown as a code, and where it leads readers of the translation.</summary>
internal sealed record LinkCodeRow(LinkCode Code, ResolvedLink? Target);

/// <summary>
/// <c>/admin/documents/{id}/{culture}/translate</c>: the source beside the translation, section by
/// section (at <c>## </c> headings) when both have as many sections, else as whole bodies. The lines
/// of the source that changed since the translation was last made are marked. Links to other
/// explainers show as numbered codes (<c>[text][1]</c>) on both sides; saving puts the source's address
/// back, and readers reach the page in their own language.
/// </summary>
internal sealed class TranslateModel(ClaroDbContext db, EditorialService editorial, PageLinks pageLinks, IOptions<ClaroOptions> options, IStringLocalizer<SiteText> text)
    : AdminPageModel
{
    [BindProperty]
    public DraftForm Input { get; set; } = new();

    /// <summary>The translation section by section, as the form posts it; empty when the body is one textarea.</summary>
    [BindProperty]
    public List<string?> Sections { get; set; } = [];

    /// <summary>The source version on screen when the form was sent: the saved translation records it as its source.</summary>
    [BindProperty]
    public int SourceVersion { get; set; }

    public string DocumentId { get; private set; } = "";

    public string Culture { get; private set; } = "";

    public ContentVersion Source { get; private set; } = null!;

    /// <summary>The source version the latest translation was made from; null for a new translation.</summary>
    public int? TranslatedFrom { get; private set; }

    public IReadOnlyList<SectionRow> Rows { get; private set; } = [];

    /// <summary>The source's links to other explainers, by their code number.</summary>
    public IReadOnlyList<LinkCodeRow> Links { get; private set; } = [];

    public bool BySection => Rows.Count > 1;

    public async Task<IActionResult> OnGetAsync(string id, string culture, CancellationToken ct)
    {
        if (await db.DocumentAsync(id, ct) is not { } document)
        {
            return NotFound();
        }

        if (document.SourceCulture == culture.ToLowerInvariant())
        {
            return Redirect($"/admin/documents/{id}/{document.SourceCulture}/edit");
        }

        Input = DraftForm.From(document.ItemIn(culture.ToLowerInvariant())?.Latest);
        return await ShowAsync(document, culture, posted: null, ct);
    }

    public async Task<IActionResult> OnPostAsync(string id, string culture, CancellationToken ct)
    {
        if (Sections.Count > 0)
        {
            Input.Body = MarkdownSections.Join(Sections);
        }

        if (await db.DocumentAsync(id, ct) is not { } document)
        {
            return NotFound();
        }

        var posted = Sections.Count > 0 ? Sections.Select(s => s ?? "").ToList() : null;
        var translatedFrom = document.ItemIn(document.SourceCulture)?.Versions.Find(v => v.Number == SourceVersion);
        var restored = LinkCodes.Restore(Input.Body, LinkCodes.Of(translatedFrom?.Markdown ?? "", options.Value.Cultures));
        if (restored.Refusal is { } unrestorable)
        {
            await ShowAsync(document, culture, posted, ct);
            return Refused(unrestorable);
        }

        Input.Body = restored.Value!;
        var saved = await editorial.SaveDraftAsync(Actor, id, culture, Input.ToInput(SourceVersion), ct);
        if (saved.Refusal is not { } refusal)
        {
            return Done($"/admin/documents/{id}", "saved");
        }

        if (await db.DocumentAsync(id, ct) is not { } reloaded)
        {
            return NotFound();
        }

        await ShowAsync(reloaded, culture, posted, ct);
        return Refused(refusal);
    }

    private async Task<IActionResult> ShowAsync(Document document, string culture, IReadOnlyList<string>? posted, CancellationToken ct)
    {
        if (document.ItemIn(document.SourceCulture)?.Latest is not { } source)
        {
            return NotFound();
        }

        DocumentId = document.Id;
        Culture = culture.ToLowerInvariant();
        Source = source;
        SourceVersion = source.Number;
        TranslatedFrom = document.ItemIn(Culture)?.Latest?.SourceVersion;
        var translatedFrom = TranslatedFrom is { } from ? document.ItemIn(document.SourceCulture)!.Versions.Find(v => v.Number == from) : null;
        var changed = translatedFrom is null ? new HashSet<int>() : VersionDiff.ChangedLines(translatedFrom.Markdown, source.Markdown);
        var codes = LinkCodes.Of(source.Markdown, options.Value.Cultures);
        var sourceLinks = (await pageLinks.RenderAsync(source.Markdown, Culture, ct)).Links;
        Links = codes.Select(c => new LinkCodeRow(c, sourceLinks.FirstOrDefault(l => l.Written == c.Url))).ToList();
        if (posted is null && Input.Body.Length > 0)
        {
            // A link of the translation is code n when it leads readers where the source's link n does.
            var translationLinks = (await pageLinks.RenderAsync(Input.Body, Culture, ct)).Links;
            Input.Body = LinkCodes.Show(Input.Body, url => translationLinks.FirstOrDefault(l => l.Written == url)?.Href is { } href
                ? Links.FirstOrDefault(l => l.Target?.Href == href)?.Code.Number
                : null);
        }

        Rows = Pair(LinkCodes.Show(source.Markdown, url => codes.FirstOrDefault(c => c.Url == url)?.Number), changed, posted);
        Title = text["Translate “{0}” into {1}", source.Title, AdminText.Culture(Culture)];
        return Page();
    }

    private SectionRow[] Pair(string sourceMarkdown, IReadOnlySet<int> changed, IReadOnlyList<string>? posted)
    {
        var source = MarkdownSections.Split(sourceMarkdown);
        IReadOnlyList<SourceLine> Lines(MarkdownSection section) =>
            section.Lines.Select((line, i) => new SourceLine(line, line.Trim().Length > 0 && changed.Contains(section.FirstLine + i))).ToList();

        var translation = posted ?? (Input.Body.Length == 0
            ? source.Select(_ => "").ToList()
            : MarkdownSections.Split(Input.Body).Select(s => s.Text).ToList());
        if (source.Count > 1 && translation.Count == source.Count)
        {
            return source.Select((section, i) => new SectionRow(Lines(section), translation[i])).ToArray();
        }

        var whole = new MarkdownSection(0, sourceMarkdown.ReplaceLineEndings("\n").Split('\n'));
        return [new SectionRow(Lines(whole), Input.Body)];
    }
}
