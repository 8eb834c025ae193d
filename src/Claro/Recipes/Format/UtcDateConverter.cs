using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Claro.Recipes.Format;

/// <summary>
/// Times in UTC, written with seven decimals and a <c>Z</c> as Orchard Core writes them; read from any ISO-8601 form,
/// a time without an offset taken as UTC.
/// </summary>
internal sealed class UtcDateConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && DateTime.TryParse(reader.GetString(), CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : throw new JsonException();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));
}
