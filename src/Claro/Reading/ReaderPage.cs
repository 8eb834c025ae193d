namespace Claro.Reading;

/// <summary>What a reader's page shows: a published version, ready-made HTML, and where its translations are.</summary>
public sealed record ReaderPage(
    string DocumentId,
    string Culture,
    string Slug,
    string Title,
    string Summary,
    string Html,
    DateTime UpdatedUtc,
    int Version,
    string ChangeNote,
    string SourceCulture,
    bool Outdated,
    IReadOnlyList<PageTranslation> Translations)
{
    /// <summary>The source culture's page, when this one is a translation.</summary>
    public PageTranslation? Source => Translations.FirstOrDefault(t => t.Culture == SourceCulture && t.Culture != Culture);

    /// <summary>Which publication of the document this page shows: every culture's published version, the same on each of its pages.</summary>
    public string Publication => string.Join(' ', Translations.Select(t => $"{t.Culture}:{t.Version}"));
}

/// <summary>A published translation of the page, in another culture or its own, and its published version.</summary>
public sealed record PageTranslation(string Culture, string Slug, string Title, bool Outdated, int Version);

/// <summary>One page of the readers' list: its explainers, its number (from 1), how many pages and explainers there are.</summary>
public sealed record PageList(IReadOnlyList<PageSummary> Pages, int Page, int PageCount, int Total);

/// <summary>One line of a culture's list of explainers.</summary>
public sealed record PageSummary(string DocumentId, string Culture, string Slug, string Title, string Summary, DateTime UpdatedUtc, int Version);

/// <summary>What became of a request for <c>/{culture}/{slug}</c>.</summary>
public abstract record PageLookup
{
    public sealed record Found(ReaderPage Page) : PageLookup;

    /// <summary>The page lives at another address: a folded spelling, or the same document's slug in another culture.</summary>
    public sealed record MovedTo(string Slug) : PageLookup;

    public sealed record Withdrawn(string DocumentId, DateTime WithdrawnUtc, string Reason) : PageLookup
    {
        /// <summary>A withdrawal is a publication of its own: every page of the document says it went.</summary>
        public string Publication => $"withdrawn:{WithdrawnUtc.Ticks}";
    }

    public sealed record Missing : PageLookup;
}
