namespace Claro.Recipes.Format;

/// <summary>A body in HTML, sanitized on import.</summary>
internal sealed record HtmlBodyPart(string? Html);
