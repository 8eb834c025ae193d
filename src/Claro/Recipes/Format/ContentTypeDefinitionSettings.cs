namespace Claro.Recipes.Format;

internal sealed record ContentTypeDefinitionSettings(ContentTypeSettings ContentTypeSettings);
