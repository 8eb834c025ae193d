namespace Claro.Recipes.Format;

/// <summary>A part of a content type, with its place and, for <c>AutoroutePart</c>, how its paths are made.</summary>
internal sealed record ContentTypePartDefinition(string PartName, string Name, ContentTypePartDefinitionSettings Settings);
