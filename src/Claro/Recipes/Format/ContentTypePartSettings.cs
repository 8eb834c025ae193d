namespace Claro.Recipes.Format;

/// <summary>Where a part stands in the editor; Orchard Core writes the position as a string.</summary>
internal sealed record ContentTypePartSettings(string Position);
