using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Xunit.Abstractions;
using Azure;
using static IpsMonitor.Tests.Platform.RequestTypes;

namespace IpsMonitor.Tests.Hostile;

/// <summary>
/// Hostile input against every HTTP function of functions.metadata: ids, bodies, keys and addresses, table-driven and
/// derived from the routes and their request types, so a route added later is covered by the next build. Every case
/// gets a 4xx with problem details or a friendly page (<see cref="HostileCases"/>), and storage is compared before and
/// after: nothing is stored.
/// </summary>
public sealed class HostileInputSuiteTests(ITestOutputHelper output)
{
    /// <summary>
    /// Ids as an attacker writes them: OData, traversal (escaped: a plain "../" is resolved by every client before it is
    /// sent), CR/LF, NUL, a noncharacter, a bidi override, a lone surrogate and bytes that are not UTF-8, too long, a number.
    /// </summary>
    public static readonly string[] HostileIds =
    [
        "'", "x'%20or%20'1'%20eq%20'1", "PartitionKey%20eq%20'team-a'", "..%2F..%2Fx", "%2e%2e%2f", "..%5C..%5Cx", "x%0D%0AInjected:%20yes",
        "x%0D%0ASet-Cookie:%20injected=1", "a%00b", "a%EF%BF%BEb", "a%E2%80%AEb", "a%ED%A0%80b", "a%FFb", new string('k', 65), "9",
    ];

    private static HttpContent Json(string json, string type = "application/json") => new StringContent(json, Encoding.UTF8, type);

    private static HttpContent Bytes(byte[] bytes, string? type)
    {
        var content = new ByteArrayContent(bytes);
        if (type is not null)
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }

    /// <summary>
    /// The hostile bodies for one JSON route: broken, huge, deep, of the wrong type, and for each field of its request type
    /// the values a strict reader must refuse (enums as numbers, text with a lone surrogate, NUL, a noncharacter or a bidi
    /// override), with the field the refusal must name. Also sent through the OpenAPI proxy (PrismProxyTests).
    /// </summary>
    internal static IEnumerable<(string Name, Func<HttpContent> Body, string? Field)> HostileBodies(HttpRoute route)
    {
        var deep = "{\"x\":" + new string('[', 5_000) + new string(']', 5_000) + "}";
        var tenMegabytes = Encoding.UTF8.GetBytes("{\"x\":\"" + new string('a', 10 * 1024 * 1024) + "\"}");
        (string Name, Func<HttpContent> Body)[] bodies =
        [
            ("malformed JSON", () => Json("{\"a\":")),
            ("deep nesting", () => Json(deep)),
            ("10 MB", () => Bytes(tenMegabytes, "application/json")),
            ("text/plain", () => Json("{}", "text/plain")),
            ("a form", () => Json("a=1", "application/x-www-form-urlencoded")),
            ("no content type", () => Bytes("{}"u8.ToArray(), null)),
            ("XML", () => Json("<a/>", "application/xml")),
            ("a list", () => Json("[1]")),
            ("not UTF-8", () => Bytes([(byte)'{', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}'], "application/json")),
            ("a lone surrogate in a name", () => Json("{\"\\uD800\":1}")),
            ("NUL in a name", () => Json("{\"a\\u0000\":1}")),
            ("null", () => Json("null")),
        ];
        foreach (var (name, body) in bodies)
            yield return (name, body, null);
        foreach (var (_, path, type, _) in Fields().Where(f => f.Request == route.RequestType))
        {
            JsonNode?[] values = type.IsEnum ? [JsonValue.Create(1), JsonValue.Create("1")]
                : type == typeof(string) ? [JsonValue.Create("\uD800"), JsonValue.Create("a\u0000b"), JsonValue.Create("a\uFFFEb"), JsonValue.Create("a\u202Eb")]
                : [];
            foreach (var value in values)
            {
                // A lone surrogate cannot be written as .NET text: put it in as the JSON escape.
                var json = BodyWith(path, value).Replace("\"\uD800\"", "\"\\uD800\"", StringComparison.Ordinal).Replace("\\uFFFD", "\\uD800", StringComparison.Ordinal);
                yield return ($"{path}={value?.ToJsonString()}", () => Json(json), path);
            }
        }
    }

    /// <summary>No cases yet, and what storage holds before the first: nothing a refused case sends may change it.</summary>
    private static async Task<(HostileCases Cases, SortedSet<string> Before)> CasesAsync(RouteWorld world) =>
        (new HostileCases(), await world.StoredAsync());

    /// <param name="atLeast">How many cases the test must have made, so a shrinking route table cannot pass it quietly.</param>
    private async Task AssertAllAsync(HostileCases cases, RouteWorld world, SortedSet<string> before, string what, int atLeast)
    {
        Assert.True(cases.Count >= atLeast, $"only {cases.Count} cases");
        var after = await world.StoredAsync();
        if (!before.SetEquals(after))
            cases.Fail($"{what} stored something: {string.Join("; ", after.Except(before).Concat(before.Except(after).Select(b => "-" + b)).Take(10))}");
        output.WriteLine($"{what}: {cases.Count} cases");
        Assert.True(cases.Failures.Count == 0, $"{cases.Failures.Count} of {cases.Count} cases failed:\n{string.Join("\n", cases.Failures.Take(40))}");
    }

    [Fact]
    public async Task HostileIdsInEveryRouteParameterAreRefusedAndNothingIsStored()
    {
        await using var world = await RouteWorld.StartAsync();
        var (cases, before) = await CasesAsync(world);

        foreach (var route in HttpRoute.All.Where(r => r.Parameters.Count > 0))
            foreach (var parameter in route.Parameters)
                foreach (var id in HostileIds)
                {
                    var path = route.Path(p => p == parameter ? id : world.Value(route, p));
                    var body = route.HasBody && route.RequestType is not null ? Json("{}") : null;
                    // Kestrel itself refuses a NUL in the path (400 without a body) before any function runs; so does Azure's front end.
                    await cases.CheckAsync($"{route} {{{parameter}}}={id}", await world.SendAsync(route, path, body), refusedByServer: id == "a%00b");
                }

        await AssertAllAsync(cases, world, before, "ids", atLeast: 500);
    }

    [Fact]
    public async Task HostileBodiesOnEveryJsonRouteAreRefusedNamingTheFieldAndNothingIsStored()
    {
        await using var world = await RouteWorld.StartAsync();
        var (cases, before) = await CasesAsync(world);
        var routes = HttpRoute.All.Where(r => r.IsApi && r.RequestType is not null).ToList();
        Assert.True(routes.Count >= 12, string.Join(", ", routes));

        foreach (var route in routes)
            foreach (var (name, body, field) in HostileBodies(route))
                await cases.CheckAsync($"{route} {name}", await world.SendAsync(route, world.PathOf(route), body()), field: field);

        await AssertAllAsync(cases, world, before, "bodies", atLeast: 250);
    }

    [Fact]
    public async Task MissingWrongRevokedExpiredAndOtherProgrammeKeysAreRefusedOnEveryApiRoute()
    {
        await using var world = await RouteWorld.StartAsync();
        var access = world.P.Service<AccessStore>();
        await access.EnsureProgrammeAsync("team-b", "Team B", CancellationToken.None);
        var other = await access.CreateKeyAsync("team-b", StaffRole.Coordinator, null, "elders", CancellationToken.None);
        var revoked = await access.CreateKeyAsync(TestProgramme.Id, StaffRole.Coordinator, null, "ingetrokken", CancellationToken.None);
        var expired = await access.CreateKeyAsync(TestProgramme.Id, StaffRole.Coordinator, null, "verlopen", CancellationToken.None);
        var keys = world.P.Service<TableServiceClient>().GetTableClient(world.P.Service<StorageNames>().Table(AccessStore.KeysTable));
        await keys.UpdateEntityAsync(new TableEntity(Secrets.Hash(revoked), "key") { ["Revoked"] = true }, ETag.All, TableUpdateMode.Merge);
        await keys.UpdateEntityAsync(new TableEntity(Secrets.Hash(expired), "key") { ["ExpiresAt"] = DateTimeOffset.UtcNow.AddDays(-1) }, ETag.All, TableUpdateMode.Merge);
        var (cases, before) = await CasesAsync(world);
        (string Name, string Key)[] callers =
        [
            ("no key", ""), ("a wrong key", "ipsm_" + new string('A', 43)), ("a revoked key", revoked), ("an expired key", expired),
            ("another programme's coordinator", other), ("a key of 5000 characters", new string('k', 5_000)), ("a key with CR/LF", "ipsm_x\r\nInjected: yes"),
        ];

        foreach (var route in HttpRoute.All.Where(r => r.NeedsKey))
            foreach (var (name, key) in callers)
            {
                var body = route.HasBody && route.RequestType is not null ? Json("{}") : null;
                HttpResponseMessage response;
                try
                {
                    response = await world.SendAsync(route, world.PathOf(route), body, key);
                }
                catch (FormatException)
                {
                    // The client refuses to send a header with a line break; what a raw client sends is covered below.
                    continue;
                }
                await cases.CheckAsync($"{route} with {name}", response);
            }

        await AssertAllAsync(cases, world, before, "keys", atLeast: 150);
    }

    [Fact]
    public async Task OverLongQueriesAndRoutesAreRefusedOnEveryRoute()
    {
        await using var world = await RouteWorld.StartAsync();
        var (cases, before) = await CasesAsync(world);

        foreach (var route in HttpRoute.All)
        {
            var body = route.HasBody && route.RequestType is not null ? Json("{}") : null;
            await cases.CheckAsync($"{route} with a query of 3000 characters", await world.SendAsync(route, world.PathOf(route) + "?lang=" + new string('e', 3_000), body));
            if (route.Parameters.Count > 0)
                await cases.CheckAsync($"{route} with an id of 1100 characters",
                    await world.SendAsync(route, route.Path(p => p == route.Parameters[^1] ? new string('k', 1_100) : world.Value(route, p)), route.HasBody && route.RequestType is not null ? Json("{}") : null));
        }

        await AssertAllAsync(cases, world, before, "addresses", atLeast: HttpRoute.All.Count + 30);
    }
}
