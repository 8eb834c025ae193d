namespace Claro.Recipes.Format;

internal sealed record MarkdownBodyPart(string? Markdown);
