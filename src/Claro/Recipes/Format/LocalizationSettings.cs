namespace Claro.Recipes.Format;

/// <summary>The site's languages: the default one is the language of items without <c>LocalizationPart</c>.</summary>
internal sealed record LocalizationSettings
{
    public string? DefaultCulture { get; init; }

    public IReadOnlyList<string>? SupportedCultures { get; init; }
}
