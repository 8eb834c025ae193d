namespace Claro.Recipes.Format;

/// <summary>Marks an item held by a list, such as a blog's post.</summary>
internal sealed record ContainedPart(string? ListContentItemId);
