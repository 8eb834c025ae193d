using Claro.Content;

namespace Claro.Recipes;

/// <summary>What a recipe holds, checked and turned into Claro's entities, not yet saved.</summary>
internal sealed record RecipeContent(
    string Name,
    IReadOnlyList<RecipeDocument> Documents,
    IReadOnlyList<RecipeShortLink> ShortLinks,
    IReadOnlyList<AuditEvent> AuditEvents,
    IReadOnlyList<string> Skipped);
