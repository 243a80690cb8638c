using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IpsMonitor.Platform;

/// <summary>
/// One set of JSON options for the API, queue messages and JSON columns: camelCase, enums as exactly one name (never a
/// number, see <see cref="StrictEnumConverter"/>), a property at most once.
/// </summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = Create();

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException($"Expected a {typeof(T).Name}, found null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            AllowDuplicateProperties = false,
            // Set, not left to the first use, so BodyRules can ask for a type's contract before anything was serialized.
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new StrictEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}
