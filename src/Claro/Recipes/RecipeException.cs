namespace Claro.Recipes;

/// <summary>A recipe that cannot be imported: which file, where in it (a JSON path), and why. Nothing was written.</summary>
public sealed class RecipeException(string fileName, string jsonPath, string reason)
    : Exception($"{fileName}: {jsonPath}: {reason}")
{
    public string FileName { get; } = fileName;

    public string JsonPath { get; } = jsonPath;

    public string Reason { get; } = reason;

    /// <summary>What the recipe held that Claro passed over, and why: when nothing could be imported, the reasons.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];
}
