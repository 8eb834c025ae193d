using System.Text.Json;

namespace Claro.Tests.Support;

/// <summary>The sample explainers as the site ships them (<c>OrchardSite/Recipes/sample.recipe.json</c>, copied beside the tests).</summary>
internal static class SampleRecipe
{
    /// <summary>The Markdown body of every sample item, English and Spanish.</summary>
    public static IReadOnlyList<string> Bodies()
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recipes", "sample.recipe.json")));
        return recipe.RootElement.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("name").GetString() == "content")
            .SelectMany(s => s.GetProperty("data").EnumerateArray()).Select(item => item.GetProperty("MarkdownBodyPart").GetProperty("Markdown").GetString()!).ToList();
    }
}
