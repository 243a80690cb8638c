using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IpsMonitor.Platform;

/// <summary>
/// Reads a JSON request body at the edge: the right content type, a size limit, valid JSON, each property at most once
/// (names compared without regard to case, as they are bound), no unknown properties, enums as names, and then the rules
/// every body obeys (<see cref="BodyRules"/>). Each failure becomes problem details that name the JSON field in plain
/// words, never a .NET type; the function never sees a half-read body.
/// </summary>
internal static class RequestBody
{
    public const int MaxBytes = 32 * 1024;

    /// <summary>
    /// The reader's options; the OpenAPI document reads its strictness from them. A number is a JSON number, never a
    /// string of digits: the document says "number", so the body must too.
    /// </summary>
    internal static readonly JsonSerializerOptions Strict = new(Json.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };

    public static async Task<Gated<T>> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
            return Fail<T>(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", "Send the body as application/json.");
        var bytes = await ReadLimitedAsync(request, ct);
        if (bytes is null)
            return Fail<T>(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body may be at most {MaxBytes / 1024} KB.");
        try
        {
            if (DuplicateProperty(bytes) is { } duplicate)
                return Invalid<T>(duplicate, "This property appears more than once (names are compared without regard to case). Send each property once.");
        }
        catch (JsonException e)
        {
            return Fail<T>(StatusCodes.Status400BadRequest, "Invalid JSON",
                $"The body is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).");
        }
        catch (InvalidOperationException)
        {
            // The reader's answer to a name that is not valid UTF-8 or holds a lone surrogate (\uD800).
            return Fail<T>(StatusCodes.Status400BadRequest, "Invalid JSON", "The body holds text that is not valid UTF-8 or a lone surrogate escape.");
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(bytes, Strict);
        }
        catch (JsonException e)
        {
            return Field(typeof(T), e.Path) is ({ Length: > 0 } field, var problem)
                ? Invalid<T>(field, problem)
                : Fail<T>(StatusCodes.Status400BadRequest, "Invalid JSON", "Send a JSON object.");
        }
        catch (InvalidOperationException)
        {
            return Fail<T>(StatusCodes.Status400BadRequest, "Invalid JSON", "The body holds text that is not valid UTF-8 or a lone surrogate escape.");
        }
        if (value is null)
            return Fail<T>(StatusCodes.Status400BadRequest, "Empty body", "Send a JSON object.");
        var time = request.HttpContext.RequestServices?.GetService<TimeProvider>() ?? TimeProvider.System;
        var errors = BodyRules.Check(value, time.Today());
        return errors.Count > 0 ? Gated<T>.Refuse(Platform.Invalid.Of(errors).ToResult()) : Gated<T>.Pass(value);
    }

    /// <summary>The body, or null when it is larger than the limit (a declared length is trusted no more than the bytes).</summary>
    public static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, CancellationToken ct, int limit = MaxBytes)
    {
        if (request.ContentLength > limit)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The path of the first property that repeats within its object, or null; throws on malformed JSON. The binder
    /// matches names without regard to case, so {"fte":1,"FTE":0.01} is a repeat too: otherwise the last one would win.
    /// </summary>
    private static string? DuplicateProperty(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        var scopes = new Stack<(string Path, HashSet<string>? Names, int Index)>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString() ?? "";
                    if (scopes.Peek().Names is { } names && !names.Add(property))
                        return Join(scopes.Peek().Path, property);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = ValuePath(scopes, property);
                    scopes.Push((path, reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) : null, 0));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    scopes.Pop();
                    break;
                default:
                    ValuePath(scopes, property);
                    break;
            }
        }
        return null;
    }

    /// <summary>The path of the value that starts now; in a list, moves on to the next index.</summary>
    private static string ValuePath(Stack<(string Path, HashSet<string>? Names, int Index)> scopes, string? property)
    {
        if (scopes.Count == 0)
            return "";
        var (path, names, index) = scopes.Pop();
        scopes.Push((path, names, names is null ? index + 1 : index));
        return names is null ? $"{path}[{index}]" : Join(path, property ?? "");
    }

    private static string Join(string path, string property) => path.Length == 0 ? property : $"{path}.{property}";

    /// <summary>
    /// The field a serializer error is about, named as the contract names it, with what it expects in plain words.
    /// The path ($.adjustments[0].kind) is followed through the serializer's own view of the request type.
    /// </summary>
    private static (string Field, string Problem) Field(Type type, string? jsonPath)
    {
        var field = "";
        foreach (var segment in Segments(jsonPath))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            var info = Json.Options.GetTypeInfo(type);
            if (segment.StartsWith('['))
            {
                field += segment;
                type = info.ElementType ?? typeof(object);
                continue;
            }
            var property = info.Kind == JsonTypeInfoKind.Object
                ? BodyRules.Properties(type).FirstOrDefault(p => string.Equals(p.Name, segment, StringComparison.OrdinalIgnoreCase))
                : null;
            field = Join(field, property?.Name ?? segment);
            if (property is null)
                return (field, "This property is not part of this request; leave it out.");
            type = property.PropertyType;
        }
        return (field, Expected(type));
    }

    private static IEnumerable<string> Segments(string? jsonPath)
    {
        if (jsonPath is null)
            yield break;
        var matches = System.Text.RegularExpressions.Regex.Matches(jsonPath, @"\.([^.\[]+)|\['((?:[^']|'')*)'\]|(\[\d+\])");
        foreach (System.Text.RegularExpressions.Match m in matches)
            yield return m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success
                ? m.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal) : m.Groups[3].Value;
    }

    /// <summary>What a value of this type looks like in JSON, for a client developer.</summary>
    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
            return $"Expected one of {string.Join(", ", StrictEnumConverter.Names(type))}, as text (a name, not a number).";
        if (type == typeof(DateOnly))
            return "Expected a date as yyyy-mm-dd.";
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
            return "Expected a date and time such as 2026-09-01T09:30:00+02:00.";
        if (type == typeof(bool))
            return "Expected true or false.";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
            return "Expected a whole number.";
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
            return "Expected a number.";
        if (type == typeof(string))
            return "Expected text.";
        return Json.Options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Enumerable ? "Expected a list." : "Expected an object.";
    }

    private static Gated<T> Invalid<T>(string field, string problem) where T : class =>
        Gated<T>.Refuse(new Invalid(field, problem).ToResult());

    // 413 and 415 are about the HTTP message, not the operation: they stay HTTP answers.
    private static Gated<T> Fail<T>(int status, string title, string detail) where T : class =>
        Gated<T>.Refuse(TypedResults.Problem(title: title, detail: detail, statusCode: status));
}
