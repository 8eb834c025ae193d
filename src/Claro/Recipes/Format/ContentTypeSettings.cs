namespace Claro.Recipes.Format;

/// <summary>What editors may do with a content type's items in Orchard Core.</summary>
internal sealed record ContentTypeSettings(bool Creatable, bool Listable, bool Draftable, bool Versionable, bool Securable);
