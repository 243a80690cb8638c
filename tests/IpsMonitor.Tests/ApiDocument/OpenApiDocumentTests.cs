using IpsMonitor.Tests.Hostile;
using IpsMonitor.Tests.Platform;
using Microsoft.OpenApi;

namespace IpsMonitor.Tests.ApiDocument;

/// <summary>
/// The OpenAPI document the running host serves at GET /api/openapi.json, checked against the build's functions.metadata
/// (every API route in it) and read back with Microsoft.OpenApi's own reader.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private static async Task<(string Text, HttpResponseMessage Response)> FetchAsync()
    {
        await using var host = await TestHost.StartAsync();
        using var client = host.Client();
        var response = await client.GetAsync(new Uri("openapi.json", UriKind.Relative));
        return (await response.Content.ReadAsStringAsync(), response);
    }

    [Fact]
    public async Task EveryApiRouteOfFunctionsMetadataIsInTheServedDocumentWithItsMethodAndNoPageIs()
    {
        var (text, response) = await FetchAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        Assert.StartsWith("3.1.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.RootElement.GetProperty("paths");

        var api = HttpRoute.All.Where(r => r.IsApi).ToList();
        Assert.True(api.Count >= 30, $"only {api.Count} API routes in functions.metadata");
        var missing = api.Where(r => !(paths.TryGetProperty("/" + r.Template, out var item) && item.TryGetProperty(r.Method.ToLowerInvariant(), out _))).ToList();
        Assert.True(missing.Count == 0, "missing from the document: " + string.Join(", ", missing));
        var documented = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name[1..]}")).Order().ToList();
        Assert.Equal(api.Select(r => $"{r.Method} {r.Template}").Order().ToList(), documented);
    }

    [Fact]
    public async Task TheDocumentIsOpenApi31AndMicrosoftOpenApisReaderFindsNoError()
    {
        var (text, _) = await FetchAsync();

        var (document, diagnostic) = OpenApiDocument.Parse(text, "json");

        Assert.True(diagnostic is not null && diagnostic.Errors.Count == 0, string.Join("\n", diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? ["no diagnostic"]));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, diagnostic!.SpecificationVersion);
        Assert.NotNull(document);
        Assert.NotEmpty(document!.Paths);
    }

    [Fact]
    public async Task EachRouteThatReadsABodyDescribesItStrictlyWithEnumsAsNamesProblemsAndTheBearerKey()
    {
        var (text, _) = await FetchAsync();
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var schemas = root.GetProperty("components").GetProperty("schemas");
        Assert.Equal("bearer", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("staffKey").GetProperty("scheme").GetString());

        var reading = HttpRoute.All.Where(r => r.IsApi && r.RequestType is not null).ToList();
        Assert.True(reading.Count >= 12, string.Join(", ", reading));
        foreach (var route in reading)
        {
            var operation = root.GetProperty("paths").GetProperty("/" + route.Template).GetProperty(route.Method.ToLowerInvariant());
            var reference = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString();
            Assert.Equal($"#/components/schemas/{route.RequestType!.Name}", reference);
            Assert.Equal("#/components/schemas/ProblemDetails",
                operation.GetProperty("responses").GetProperty("400").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
            Assert.True(operation.GetProperty("security")[0].TryGetProperty("staffKey", out _), route.ToString());
        }
        // Every field the strict reader reads, nested ones too, is in its schema; every object refuses unknown properties.
        foreach (var (request, path, type, _) in RequestTypes.Fields())
        {
            var schema = schemas.GetProperty(request.Name);
            JsonElement property = default;
            foreach (var segment in path.Split('.'))
            {
                Assert.False(schema.GetProperty("additionalProperties").GetBoolean(), $"{request.Name} {path}");
                property = schema.GetProperty("properties").GetProperty(segment.Replace("[0]", "", StringComparison.Ordinal));
                schema = Resolve(schemas, property);
            }
            if (type.IsEnum)
            {
                var names = property.GetProperty("enum").EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
                Assert.Equal(IpsMonitor.Platform.StrictEnumConverter.Names(type), names);
            }
        }
    }

    /// <summary>The object schema a property leads to: through a list's items, a nullable oneOf and a $ref.</summary>
    private static JsonElement Resolve(JsonElement schemas, JsonElement property)
    {
        if (property.TryGetProperty("items", out var items))
            property = items;
        if (property.TryGetProperty("oneOf", out var oneOf))
            property = oneOf[0];
        return property.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : property;
    }
}
