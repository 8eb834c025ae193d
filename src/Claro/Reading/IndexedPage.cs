namespace Claro.Reading;

/// <summary>A published page as the search index holds it: its body is plain text.</summary>
internal sealed record IndexedPage(string ItemId, string Culture, string Slug, string Title, string Body);
