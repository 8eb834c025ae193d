namespace Claro.Recipes.Format;

/// <summary>
/// The names of the steps Claro writes and reads, matched without regard to case. Claro's own data travels in
/// steps whose names start with <c>Claro</c>, which an Orchard Core site reports as unknown.
/// </summary>
internal static class RecipeSteps
{
    public const string Feature = "feature";
    public const string Settings = "settings";
    public const string ContentDefinition = "ContentDefinition";
    public const string Content = "content";
    public const string ClaroDocuments = "ClaroDocuments";
    public const string ClaroShortLinks = "ClaroShortLinks";
    public const string ClaroAuditTrail = "ClaroAuditTrail";

    public static bool Is(string? name, string step) => string.Equals(name, step, StringComparison.OrdinalIgnoreCase);
}
