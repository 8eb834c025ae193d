namespace Claro.Reading;

/// <summary>One search result: the page and a snippet with the matches marked.</summary>
public sealed record SearchHit(string Slug, string Title, string SnippetHtml);
