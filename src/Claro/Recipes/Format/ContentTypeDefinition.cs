namespace Claro.Recipes.Format;

/// <summary>A content type and the parts it is built of.</summary>
internal sealed record ContentTypeDefinition(
    string Name, string DisplayName, ContentTypeDefinitionSettings Settings, IReadOnlyList<ContentTypePartDefinition> ContentTypePartDefinitionRecords);
