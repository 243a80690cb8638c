using System.Text.Json;
using System.Text.Json.Serialization;

namespace IpsMonitor.Platform;

/// <summary>
/// Enums in JSON are exactly one camelCase name, compared without regard to case. A number ("kind": 9), a numeric
/// string ("9"), a combination ("regular, other") or an unknown name is refused: an enum stored as a number the code
/// does not know would stop every report that meets it.
/// </summary>
internal sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    /// <summary>The names a client may send, in declaration order.</summary>
    public static IReadOnlyList<string> Names(Type enumType) =>
        Enum.GetNames(enumType).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)).ToList();

    /// <summary>The one defined value with this name, or null.</summary>
    public static object? Parse(Type enumType, string? text) =>
        text is null ? null : Enum.GetNames(enumType).FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse(enumType, name)
            : null;

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && Parse(typeof(T), reader.GetString()) is T value
                ? value
                : throw new JsonException($"Expected one of {string.Join(", ", Names(typeof(T)))}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
    }
}
