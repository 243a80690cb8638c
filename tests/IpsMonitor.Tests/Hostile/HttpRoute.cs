using System.Reflection;
using System.Text.RegularExpressions;
using IpsMonitor.LocalHost;
using IpsMonitor.Tests.Platform;

namespace IpsMonitor.Tests.Hostile;

/// <summary>
/// One method of one HTTP function as the build's functions.metadata declares it, with what a test needs to call it:
/// who calls it (a staff page with a session, a personal link, or the API with a key) and the request type it reads, found
/// in its compiled body. A route added later is in <see cref="All"/> the next build, without anyone listing it.
/// </summary>
internal sealed partial record HttpRoute(string Name, string Method, string Template, Type? RequestType)
{
    public static IReadOnlyList<HttpRoute> All { get; } = Read();

    public bool IsPage => Template.StartsWith("staff/", StringComparison.Ordinal);

    public bool IsLink => Template.StartsWith("q/", StringComparison.Ordinal) || Template.StartsWith("d/", StringComparison.Ordinal);

    public bool IsApi => !IsPage && !IsLink;

    /// <summary>An API route behind a staff key (every API route but the health check and the OpenAPI document).</summary>
    public bool NeedsKey => IsApi && Template is not ("health" or "openapi.json");

    public bool HasBody => Method is "POST" or "PUT" or "PATCH";

    public IReadOnlyList<string> Parameters => RouteParameter().Matches(Template).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The path with each parameter replaced (values are put in the URL as given, so they may carry escapes).</summary>
    public string Path(Func<string, string> value) => RouteParameter().Replace(Template, m => value(m.Groups[1].Value));

    public override string ToString() => $"{Method} {Template}";

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex RouteParameter();

    private static List<HttpRoute> Read()
    {
        var routes = new List<HttpRoute>();
        var assembly = typeof(Features).Assembly;
        foreach (var function in JsonSerializer.Deserialize<JsonElement[]>(File.ReadAllText(FunctionIndex.DefaultPath))!)
        {
            var trigger = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            if (trigger.GetProperty("type").GetString() != "httpTrigger")
                continue;
            var entry = function.GetProperty("entryPoint").GetString()!;
            var method = assembly.GetType(entry[..entry.LastIndexOf('.')])!.GetMethod(entry[(entry.LastIndexOf('.') + 1)..], BindingFlags.Public | BindingFlags.Instance)!;
            var request = RequestTypes.ReadBy(method).FirstOrDefault();
            foreach (var verb in trigger.GetProperty("methods").EnumerateArray())
                routes.Add(new HttpRoute(function.GetProperty("name").GetString()!, verb.GetString()!.ToUpperInvariant(), trigger.GetProperty("route").GetString()!, request));
        }
        return routes;
    }
}
