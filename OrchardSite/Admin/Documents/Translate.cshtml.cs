using System.Globalization;
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

/// <summary>What the translation memory offers for one unit of the source: exact matches first, then close ones.</summary>
internal sealed record UnitSuggestions(string Field, TranslationUnit Unit, IReadOnlyList<MemoryMatch> Matches);

/// <summary>A row of the side-by-side editor: a source section beside its translation, and the memory's suggestions for its units.</summary>
internal sealed record SectionRow(string SourceText, IReadOnlyList<SourceLine> Source, string Translation, IReadOnlyList<UnitSuggestions> Suggestions);

/// <summary>A link of the source shown as a code, and where it leads readers of the translation.</summary>
internal sealed record LinkCodeRow(LinkCode Code, ResolvedLink? Target);

/// <summary>
/// <c>/admin/documents/{id}/{culture}/translate</c>: the source beside the translation, section by
/// section (at <c>## </c> headings) when both have as many sections, else as whole bodies. The lines
/// of the source that changed since the translation was last made are marked. Links to other
/// explainers show as numbered codes (<c>[text][1]</c>) on both sides; saving puts the source's address
/// back, and readers reach the page in their own language. Under the title, the summary and each
/// section, the translation memory offers what was approved before for the same or a similar text;
/// taking one fills the field (a form post, no JavaScript), and the draft is saved and reviewed like any other.
/// </summary>
internal sealed class TranslateModel(ClaroDbContext db, EditorialService editorial, PageLinks pageLinks, TranslationMemory memory,
    IOptions<ClaroOptions> options, IStringLocalizer<SiteText> text) : AdminPageModel
{
    public const string TitleField = "title";
    public const string SummaryField = "summary";

    private static readonly Refusal SuggestionGone =
        Refusal.Invalid("That suggestion is no longer in the translation memory. Look at the suggestions shown now.");

    [BindProperty]
    public DraftForm Input { get; set; } = new();

    /// <summary>The translation section by section, as the form posts it; empty when the body is one textarea.</summary>
    [BindProperty]
    public List<string?> Sections { get; set; } = [];

    /// <summary>The source version on screen when the form was sent: the saved translation records it as its source.</summary>
    [BindProperty]
    public int SourceVersion { get; set; }

    internal string DocumentId { get; private set; } = "";

    internal string Culture { get; private set; } = "";

    internal ContentVersion Source { get; private set; } = null!;

    /// <summary>The source version the latest translation was made from; null for a new translation.</summary>
    internal int? TranslatedFrom { get; private set; }

    internal IReadOnlyList<SectionRow> Rows { get; private set; } = [];

    /// <summary>The source's links to other explainers, by their code number.</summary>
    internal IReadOnlyList<LinkCodeRow> Links { get; private set; } = [];

    internal bool BySection => Rows.Count > 1;

    /// <summary>Whether the signed-in person may write, and so send to review, this translation: only then is "Save and send to review" offered.</summary>
    internal bool MaySubmit { get; private set; }

    internal IReadOnlyList<UnitSuggestions> TitleAndSummarySuggestions { get; private set; } = [];

    /// <summary>Said after a suggestion was taken into a field.</summary>
    internal string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string culture, CancellationToken ct)
    {
        if (await db.DocumentAsync(id, ct) is not { } document)
        {
            return NotFound();
        }

        if (document.SourceCulture == culture)
        {
            return Redirect($"/admin/documents/{id}/{document.SourceCulture}/edit");
        }

        Input = DraftForm.From(document.ItemIn(culture)?.Latest);
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

        var posted = Posted();
        var translatedFrom = document.SourceVersion(SourceVersion);
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
            return Done($"/admin/documents/{id}", Input.Done);
        }

        if (await db.DocumentAsync(id, ct) is not { } reloaded)
        {
            return NotFound();
        }

        await ShowAsync(reloaded, culture, posted, ct);
        return Refused(refusal);
    }

    /// <summary>
    /// Takes a suggestion of the memory into its field and shows the editor again with everything else as it was
    /// typed; nothing is saved. <paramref name="take"/> is <c>title|{unit}</c>, <c>summary|{unit}</c> or
    /// <c>{row}|{block}|{unit}</c>.
    /// </summary>
    public async Task<IActionResult> OnPostTakeAsync(string id, string culture, string? take, CancellationToken ct)
    {
        if (await db.DocumentAsync(id, ct) is not { } document)
        {
            return NotFound();
        }

        var posted = Posted();
        if (posted is null)
        {
            Input.Body = Input.Body.ReplaceLineEndings("\n");
        }

        var parts = (take ?? "").Split('|');
        var unit = long.TryParse(parts[^1], CultureInfo.InvariantCulture, out var unitId) ? await memory.UnitAsync(unitId, ct) : null;
        if (unit is null || unit.SourceCulture != document.SourceCulture || unit.TargetCulture != culture)
        {
            await ShowAsync(document, culture, posted, ct);
            return Refused(SuggestionGone);
        }

        if (parts is [TitleField, _])
        {
            Input.Title = unit.TargetText;
        }
        else if (parts is [SummaryField, _])
        {
            Input.Summary = unit.TargetText;
        }
        else if (parts.Length == 3 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var row))
        {
            await ShowAsync(document, culture, posted, ct);
            if (row < 0 || row >= Rows.Count || Fill(Rows[row], parts[1], unit.TargetText) is not { } filled)
            {
                return Refused(Refusal.Invalid("The translation of this section is not built like its source (other headings, paragraphs or list items), or its place has emphasis or links the suggestion does not carry, so the suggestion cannot be put there. Copy it by hand."));
            }

            if (BySection)
            {
                posted = Rows.Select((r, i) => i == row ? filled : r.Translation).ToList();
            }
            else
            {
                Input.Body = filled;
            }
        }
        else
        {
            await ShowAsync(document, culture, posted, ct);
            return Refused(SuggestionGone);
        }

        await ShowAsync(document, culture, posted, ct);
        Notice = text["The suggestion is filled in. Read it against the source and adjust it before you save: it is reviewed like any other change."];
        return Page();
    }

    /// <summary>
    /// The row's translation with one block taken from the memory: into the block of the same place when the
    /// translation is built like the source, into a copy of the source when the translation is still empty.
    /// Null when the block cannot take it: the memory keeps words without their codes, so a block with
    /// emphasis, a link or inline code is left for the translator to fill by hand.
    /// </summary>
    private static string? Fill(SectionRow row, string blockId, string translated)
    {
        var into = row.Translation.Trim().Length == 0 ? row.SourceText : row.Translation;
        var blocks = TranslationUnits.BodyOf(into);
        if (!TranslationUnits.BodyOf(row.SourceText).Select(u => u.Kind).SequenceEqual(blocks.Select(u => u.Kind))
            || blocks.FirstOrDefault(u => u.Id == blockId) is not { Codes.Count: 0 })
        {
            return null;
        }

        var filled = TranslationUnits.Apply("", "", into, new Dictionary<string, IReadOnlyList<UnitPart>> { [blockId] = [new TextPart(translated)] });
        return filled.Value?.Body;
    }

    private List<string>? Posted() => Sections.Count > 0 ? Sections.Select(s => (s ?? "").ReplaceLineEndings("\n")).ToList() : null;

    private async Task<IActionResult> ShowAsync(Document document, string culture, IReadOnlyList<string>? posted, CancellationToken ct)
    {
        if (document.ItemIn(document.SourceCulture)?.Latest is not { } source)
        {
            return NotFound();
        }

        DocumentId = document.Id;
        Culture = culture;
        MaySubmit = Actor.MayEdit(document, culture);
        Source = source;
        SourceVersion = source.Number;
        TranslatedFrom = document.ItemIn(Culture)?.Latest?.SourceVersion;
        var translatedFrom = document.SourceVersion(TranslatedFrom);
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

        Rows = await PairAsync(document.SourceCulture, LinkCodes.Show(source.Markdown, url => codes.FirstOrDefault(c => c.Url == url)?.Number), changed, posted, ct);
        var titleAndSummary = new List<UnitSuggestions>();
        foreach (var unit in TranslationUnits.Of(source.Title, source.Summary, "").Where(u => u.Text.Trim().Length > 0))
        {
            var current = unit.Id == TranslationUnits.Title ? Input.Title : Input.Summary;
            if (await SuggestAsync(document.SourceCulture, unit, unit.Id, current, ct) is { } suggestions)
            {
                titleAndSummary.Add(suggestions);
            }
        }

        TitleAndSummarySuggestions = titleAndSummary;
        Title = text["Translate “{0}” into {1}", source.Title, AdminText.Culture(Culture)];
        return Page();
    }

    /// <summary>What the memory offers for a unit, leaving out what the field already says; null when that leaves nothing.</summary>
    private async Task<UnitSuggestions?> SuggestAsync(string sourceCulture, TranslationUnit unit, string field, string current, CancellationToken ct)
    {
        var written = MemoryUnit.Normalize(current);
        var matches = (await memory.FindAsync(sourceCulture, Culture, unit.Text, ct))
            .Where(m => !written.Contains(m.Target, StringComparison.Ordinal)).ToList();
        return matches.Count > 0 ? new UnitSuggestions(field, unit, matches) : null;
    }

    private async Task<SectionRow[]> PairAsync(string sourceCulture, string sourceMarkdown, IReadOnlySet<int> changed, IReadOnlyList<string>? posted, CancellationToken ct)
    {
        var source = MarkdownSections.Split(sourceMarkdown);
        IReadOnlyList<SourceLine> Lines(MarkdownSection section) =>
            section.Lines.Select((line, i) => new SourceLine(line, line.Trim().Length > 0 && changed.Contains(section.FirstLine + i))).ToList();

        var translation = posted ?? (Input.Body.Length == 0
            ? source.Select(_ => "").ToList()
            : MarkdownSections.Split(Input.Body).Select(s => s.Text).ToList());
        var pairs = source.Count > 1 && translation.Count == source.Count
            ? source.Select((section, i) => (Section: section, Translation: translation[i])).ToList()
            : [(new MarkdownSection(0, sourceMarkdown.ReplaceLineEndings("\n").Split('\n')), Input.Body)];
        var rows = new List<SectionRow>();
        foreach (var (section, translated) in pairs)
        {
            var suggestions = new List<UnitSuggestions>();
            foreach (var unit in TranslationUnits.BodyOf(section.Text))
            {
                if (await SuggestAsync(sourceCulture, unit, $"{rows.Count}|{unit.Id}", translated, ct) is { } offered)
                {
                    suggestions.Add(offered);
                }
            }

            rows.Add(new SectionRow(section.Text, Lines(section), translated, suggestions));
        }

        return [.. rows];
    }
}
