using System.Text.Json;

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
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { AllowDuplicateProperties = false };
        options.Converters.Add(new StrictEnumConverter());
        return options;
    }
}
