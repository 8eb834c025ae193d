namespace Claro.Recipes.Format;

/// <summary>The item's path, without a leading slash, unique across items: <c>en/know-your-rights</c>.</summary>
internal sealed record AutoroutePart(string? Path, bool SetHomepage = false, bool Disabled = false, bool RouteContainedItems = false, bool Absolute = false);
