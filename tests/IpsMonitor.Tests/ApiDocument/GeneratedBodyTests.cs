using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CsCheck;
using Xunit.Abstractions;
using IpsMonitor.Tests.Hostile;

namespace IpsMonitor.Tests.ApiDocument;

/// <summary>
/// Property-based: bodies generated from the served document's own request schemas (CsCheck), for every operation that
/// takes a body, sent to the host. Each gets a status the document lists for that operation, and never a 5xx.
/// </summary>
public sealed class GeneratedBodyTests(ITestOutputHelper output)
{
    public const int BodiesPerOperation = 60;

    private static readonly Gen<JsonNode?> Text = Gen.OneOf(
        Gen.String[Gen.Char.AlphaNumeric, 0, 30].Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.String[0, 30].Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.OneOf("coach-a", "coach-b", "chef@example.org", "C", "nl", "en", "", " ", "Bakkerij").Select(s => (JsonNode?)JsonValue.Create(s)));

    private static Gen<JsonNode?> For(JsonElement schema, JsonElement schemas)
    {
        if (schema.TryGetProperty("$ref", out var reference))
            return For(schemas.GetProperty(reference.GetString()!.Split('/')[^1]), schemas);
        if (schema.TryGetProperty("oneOf", out var oneOf))
            return Gen.OneOf(oneOf.EnumerateArray().Select(s => For(s, schemas)).ToArray());
        if (schema.TryGetProperty("enum", out var names))
            return Gen.OneOf(names.EnumerateArray().Select(n => n.ValueKind == JsonValueKind.Null ? null : (JsonNode?)JsonValue.Create(n.GetString())).ToArray());
        var types = schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!]
            : ["string"];
        return Gen.OneOf(types.Select(t => Of(t, schema, schemas)).ToArray());
    }

    private static Gen<JsonNode?> Of(string type, JsonElement schema, JsonElement schemas) => type switch
    {
        "null" => Gen.Const<JsonNode?>((JsonNode?)null),
        "boolean" => Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        "integer" => Gen.Int[-5, 60].Select(i => (JsonNode?)JsonValue.Create(i)),
        "number" => Gen.Double[-2, 60].Select(d => (JsonNode?)JsonValue.Create(Math.Round(d, 2))),
        "string" when schema.TryGetProperty("format", out var f) && f.GetString() == "date" =>
            Gen.Int[-800, 900].Select(days => (JsonNode?)JsonValue.Create(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
        "string" => Text,
        "array" => For(schema.GetProperty("items"), schemas).List[0, 3].Select(items => (JsonNode?)new JsonArray([.. items.Select(i => i?.DeepClone())])),
        "object" => Object(schema, schemas),
        _ => throw new InvalidOperationException($"no generator for {type}"),
    };

    /// <summary>Each property present or left out, with a value of its own schema.</summary>
    private static Gen<JsonNode?> Object(JsonElement schema, JsonElement schemas)
    {
        Gen<List<(string, JsonNode?)>> properties = Gen.Const(new List<(string, JsonNode?)>());
        foreach (var property in schema.GetProperty("properties").EnumerateObject())
        {
            var value = For(property.Value, schemas);
            var name = property.Name;
            properties = properties.SelectMany(list => Gen.Bool.SelectMany(present => present
                ? value.Select(v => (List<(string, JsonNode?)>)[.. list, (name, v)])
                : Gen.Const(list)));
        }
        return properties.Select(list => (JsonNode?)new JsonObject(list.Select(p => KeyValuePair.Create(p.Item1, p.Item2?.DeepClone()))));
    }

    [Fact]
    public async Task BodiesGeneratedFromTheDocumentsSchemasGetADocumentedStatusAndNever5xx()
    {
        await using var world = await RouteWorld.StartAsync();
        using var document = JsonDocument.Parse(await world.Web.GetStringAsync(new Uri("openapi.json", UriKind.Relative)));
        var root = document.RootElement;
        var schemas = root.GetProperty("components").GetProperty("schemas");
        var failures = new List<string>();
        var operations = 0;
        var sent = 0;

        foreach (var route in HttpRoute.All.Where(r => r.IsApi && r.HasBody))
        {
            var operation = root.GetProperty("paths").GetProperty("/" + route.Template).GetProperty(route.Method.ToLowerInvariant());
            if (!operation.TryGetProperty("requestBody", out var requestBody))
                continue;
            operations++;
            var documented = operation.GetProperty("responses").EnumerateObject().Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
            var gen = For(requestBody.GetProperty("content").GetProperty("application/json").GetProperty("schema"), schemas);
            for (var i = 0; i < BodiesPerOperation; i++)
            {
                var body = gen.Single()?.ToJsonString() ?? "null";
                using var request = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(world.PathOf(route), UriKind.Relative))
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", world.P.Keys["coordinator"]);
                using var response = await world.Web.SendAsync(request);
                sent++;
                var status = (int)response.StatusCode;
                if (status >= 500 || !documented.Contains(status))
                    failures.Add($"{route} {body}: {status} {await response.Content.ReadAsStringAsync()}");
            }
        }

        output.WriteLine($"{operations} operations, {sent} generated bodies");
        Assert.True(operations >= 16, $"only {operations} operations with a body");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} failed:\n{string.Join("\n", failures.Take(20))}");
    }
}
