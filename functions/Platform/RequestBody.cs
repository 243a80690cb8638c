using System.Text.Json;
using System.Text.Json.Serialization;

namespace IpsMonitor.Platform;

/// <summary>
/// Reads a JSON request body at the edge: the right content type, a size limit, valid JSON with no unknown properties.
/// Each failure becomes problem details; the function never sees a half-read body.
/// </summary>
internal static class RequestBody
{
    public const int MaxBytes = 32 * 1024;

    private static readonly JsonSerializerOptions Strict = new(Json.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public static async Task<Parsed<T>> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
            return Fail<T>(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", "Send the body as application/json.");
        var bytes = await ReadLimitedAsync(request, ct);
        if (bytes is null)
            return Fail<T>(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body may be at most {MaxBytes / 1024} KB.");
        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, Strict);
            return value is null ? Fail<T>(StatusCodes.Status400BadRequest, "Empty body", "Send a JSON object.") : new Parsed<T>(value, null);
        }
        catch (JsonException e)
        {
            return Fail<T>(StatusCodes.Status400BadRequest, "Invalid JSON", e.Path is { Length: > 1 } path ? $"The value at {path} is not valid: {Reason(e)}" : Reason(e));
        }
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

    private static string Reason(JsonException e) =>
        e.Message.Split(". Path:", 2)[0].Split(" Path:", 2)[0];

    private static Parsed<T> Fail<T>(int status, string title, string detail) where T : class =>
        new(null, TypedResults.Problem(title: title, detail: detail, statusCode: status));
}

/// <summary>A parsed body, or the problem that explains why there is none.</summary>
internal sealed record Parsed<T>(T? Value, IResult? Problem) where T : class;
