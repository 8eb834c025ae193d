namespace Claro.Recipes.Format;

internal sealed record ContentTypePartDefinitionSettings(ContentTypePartSettings ContentTypePartSettings, AutoroutePartSettings? AutoroutePartSettings = null);
