namespace Claro.Recipes.Format;

/// <summary>How Orchard Core makes an item's path, written so that its paths look like Claro's: <c>{culture}/{slug}</c>.</summary>
internal sealed record AutoroutePartSettings(string Pattern, bool AllowCustomPath);
