namespace Claro.Links;

/// <summary>Where a link to an explainer leads a reader: the page, its language, and whether readers can open it.</summary>
public sealed record LinkTarget(string Href, string Culture, bool IsPublic);

/// <summary>One language's page of a document as readers see it now.</summary>
/// <param name="IsPublic">Published, and the document not withdrawn.</param>
/// <param name="Headings">Of the published version, else of the latest.</param>
public sealed record DirectoryPage(string Culture, string Slug, bool IsPublic, IReadOnlyList<HeadingAnchor> Headings);

/// <summary>A document's pages in every language it has.</summary>
public sealed record DirectoryDocument(string Id, string SourceCulture, IReadOnlyList<DirectoryPage> Pages)
{
    public DirectoryPage? In(string culture) => Pages.FirstOrDefault(p => p.Culture == culture);

    public DirectoryPage? PublicIn(string culture) => In(culture) is { IsPublic: true } page ? page : null;
}

/// <summary>
/// The explainers some links name, as readers see them at one moment: which document each address
/// names, and each document's pages. Decides where a link leads readers of a language.
/// </summary>
public sealed class PageDirectory(IReadOnlyDictionary<string, string> documentsByPage, IReadOnlyList<DirectoryDocument> documents)
{
    private readonly Dictionary<string, DirectoryDocument> _documents = documents.ToDictionary(d => d.Id);

    /// <summary>The document whose page has (or last had) this address.</summary>
    public string? DocumentAt(PagePath path) => documentsByPage.GetValueOrDefault(path.Page);

    /// <summary>
    /// The page of a document a link should lead readers of a culture to: theirs where it is public;
    /// else the page the link names, the source's, or any public one (another language's, so the
    /// link says so with <c>hreflang</c>); else the named page even though readers cannot open it yet.
    /// The heading follows to the corresponding heading of the page chosen.
    /// </summary>
    public LinkTarget? Resolve(string documentId, PagePath written, string readerCulture)
    {
        if (!_documents.TryGetValue(documentId, out var document))
        {
            return null;
        }

        var named = document.In(written.Culture);
        var page = document.PublicIn(readerCulture)
            ?? (named is { IsPublic: true } ? named : null)
            ?? document.PublicIn(document.SourceCulture)
            ?? document.Pages.FirstOrDefault(p => p.IsPublic)
            ?? named
            ?? document.In(document.SourceCulture);
        if (page is null)
        {
            return null;
        }

        var fragment = page == named ? written.Fragment : HeadingAnchor.Match(written.Fragment, named?.Headings ?? [], page.Headings);
        var href = $"/{page.Culture}/{page.Slug}" + (string.IsNullOrEmpty(fragment) ? "" : "#" + Uri.EscapeDataString(fragment));
        return new LinkTarget(href, page.Culture, page.IsPublic);
    }
}
