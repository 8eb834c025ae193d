using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Claro.Recipes.Format;

/// <summary>
/// Reads and writes the recipe records. Names are matched without regard to case, comments and trailing commas
/// are allowed, as Orchard Core reads recipes; text is written as it is (accents, apostrophes), not escaped.
/// </summary>
[JsonSerializable(typeof(Recipe))]
[JsonSerializable(typeof(RecipeStep))]
[JsonSerializable(typeof(FeatureStep))]
[JsonSerializable(typeof(SettingsStep))]
[JsonSerializable(typeof(ContentDefinitionStep))]
[JsonSerializable(typeof(DataStep<ContentItem>))]
[JsonSerializable(typeof(DataStep<ClaroDocument>))]
[JsonSerializable(typeof(DataStep<ClaroShortLink>))]
[JsonSerializable(typeof(DataStep<ClaroAuditEvent>))]
internal sealed partial class RecipeJson : JsonSerializerContext
{
    public static RecipeJson Format { get; } = new(new JsonSerializerOptions
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new UtcDateConverter() },
    });

    /// <summary>
    /// Where below the element a value had the wrong JSON type (<c>.data[2].TitlePart.Title</c>, empty for the element
    /// itself), and what it should have been, found from the record the value was read into.
    /// </summary>
    public static (string Path, string Reason) Explain(JsonException error, JsonTypeInfo type)
    {
        var path = error.Path is ['$', .. var rest] ? rest : "";
        string? name = null;
        JsonTypeInfo? info = type;
        foreach (Match segment in Segment().Matches(path))
        {
            if (segment.Groups["index"].Success)
            {
                name = null;
                info = info?.ElementType is { } element ? info.Options.GetTypeInfo(element) : null;
            }
            else
            {
                name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value.Replace("''", "'", StringComparison.Ordinal);
                var property = info?.Properties.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                info = property is null ? null : info!.Options.GetTypeInfo(property.PropertyType);
            }
        }

        var expected = info is null ? "of another JSON type" : Describe(info);
        return (path, name is null ? $"each entry must be {expected}." : $"'{name}' must be {expected}.");
    }

    private static string Describe(JsonTypeInfo info)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return type == typeof(string) ? "text in quotes"
            : type == typeof(bool) ? "true or false"
            : type == typeof(int) ? "a whole number"
            : type == typeof(DateTime) ? "an ISO-8601 date and time, such as 2026-11-20T15:00:00Z"
            : type == typeof(DateOnly) ? "a date written as yyyy-MM-dd"
            : info.Kind == JsonTypeInfoKind.Enumerable ? "a JSON array"
            : "a JSON object";
    }

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|'')*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
