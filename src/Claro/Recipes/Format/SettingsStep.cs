namespace Claro.Recipes.Format;

/// <summary>Site settings; Claro writes and reads only the languages.</summary>
internal sealed record SettingsStep : RecipeStep
{
    public LocalizationSettings? LocalizationSettings { get; init; }
}
