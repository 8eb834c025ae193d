namespace Claro.Recipes.Format;

/// <summary>Marks an item that lists others, such as a blog; the items point at it with <see cref="ContainedPart"/>.</summary>
internal sealed record ListPart;
