using System.Text.Json;

namespace Claro.Recipes;

/// <summary>
/// Orchard Core's recipe engine replaces a string written as <c>[js: …]</c> or <c>[file: …]</c> with what the
/// script gives (JavaScript such as <c>uuid()</c>, or a file read from beside the recipe) before a step sees it.
/// Setup recipes are built of them, and so is a content export made with "Export as setup recipe"; a plain
/// export of a site's content has none. Claro runs no scripts, so such a recipe holds no content it could import.
/// </summary>
internal static class OrchardScript
{
    /// <summary>
    /// True for a value Orchard Core would run: the whole string in brackets, the prefix of one of its script
    /// engines (<c>js</c>, <c>file</c>, matched exactly as Orchard does), a colon, and the script.
    /// </summary>
    public static bool IsScript(string value)
    {
        if (value.Length < 2 || value[0] != '[' || value[^1] != ']')
        {
            return false;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && value.AsSpan(1, colon - 1) is "js" or "file";
    }

    /// <summary>The JSON path and the text of the first script in the document, in reading order; null when there is none.</summary>
    public static (string Path, string Script)? FindFirst(JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when IsScript(element.GetString()!):
                return (path, element.GetString()!);
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (FindFirst(property.Value, path == "$" ? property.Name : $"{path}.{property.Name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var entry in element.EnumerateArray())
                {
                    if (FindFirst(entry, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
