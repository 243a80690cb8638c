using System.Reflection;
using System.Text.Json;

namespace IpsMonitor.LocalHost;

/// <summary>
/// Reads functions.metadata, the file the Worker SDK writes from the [Function] attributes and the Functions host reads
/// in Azure, and finds each function's method by its entryPoint. Anything the local host cannot run as Azure would
/// stops it at start with a message naming the function, so the two hosts cannot drift apart silently.
/// </summary>
internal static class FunctionIndex
{
    public const string FileName = "functions.metadata";

    /// <summary>The metadata next to the running binaries, where the build puts it.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, FileName);

    public static IReadOnlyList<LocalFunction> Load(string path, IEnumerable<Assembly> assemblies)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"{path} is missing. Build the app (dotnet build functions): the Worker SDK writes it.");
        return Read(File.ReadAllText(path), assemblies);
    }

    public static IReadOnlyList<LocalFunction> Read(string json, IEnumerable<Assembly> assemblies)
    {
        var entries = JsonSerializer.Deserialize<List<Entry>>(json, JsonSerializerOptions.Web) ?? [];
        var types = assemblies.ToList();
        return entries.Select(e => Resolve(e, types)).ToList();
    }

    private static LocalFunction Resolve(Entry entry, List<Assembly> assemblies)
    {
        string Fail(string problem) => throw new InvalidOperationException($"{FileName}: function '{entry.Name}' {problem}.");

        var cut = entry.EntryPoint.LastIndexOf('.');
        var type = cut > 0 ? assemblies.Select(a => a.GetType(entry.EntryPoint[..cut])).FirstOrDefault(t => t is not null) : null;
        var method = type?.GetMethod(entry.EntryPoint[(cut + 1)..], BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);
        if (method is null)
            Fail($"has entryPoint '{entry.EntryPoint}', which names no public method");

        foreach (var binding in entry.Bindings.Where(b => b.Type is not ("httpTrigger" or "queueTrigger" or "timerTrigger")))
        {
            if (binding is not { Type: "http", Direction: "Out" })
                Fail($"uses a '{binding.Type}' binding, which the local host does not run (it runs httpTrigger, queueTrigger and timerTrigger)");
        }
        var triggers = entry.Bindings.Where(b => b.Type.EndsWith("Trigger", StringComparison.Ordinal)).ToList();
        if (triggers.Count != 1)
            Fail($"has {triggers.Count} triggers; a function has exactly one");
        var trigger = triggers[0];

        LocalFunction function = trigger.Type switch
        {
            "httpTrigger" => new HttpFunction(entry.Name, method!, trigger.Methods is { Count: > 0 } m ? m : ["get", "post"], trigger.Route ?? entry.Name),
            "queueTrigger" => new QueueFunction(entry.Name, method!, trigger.QueueName ?? Fail("has a queue trigger without a queueName"), trigger.Name),
            _ => new TimerFunction(entry.Name, method!, trigger.Schedule ?? Fail("has a timer trigger without a schedule")),
        };
        foreach (var parameter in method!.GetParameters())
        {
            if (!CanBind(function, parameter))
                Fail($"has parameter '{parameter.Name}' of type {parameter.ParameterType.Name}, which the local host cannot bind");
        }
        return function;
    }

    private static bool CanBind(LocalFunction function, ParameterInfo p) =>
        p.ParameterType == typeof(CancellationToken) || function switch
        {
            HttpFunction http => p.ParameterType == typeof(HttpRequest) || p.ParameterType == typeof(HttpContext)
                || (p.ParameterType == typeof(string) && http.Route.Contains('{' + p.Name!, StringComparison.OrdinalIgnoreCase)),
            QueueFunction queue => p.Name == queue.Parameter,
            TimerFunction => p.ParameterType == typeof(TimerInfo),
            _ => false,
        };

    private sealed record Entry(string Name, string EntryPoint, List<Binding> Bindings);

    private sealed record Binding(string Name, string Type, string Direction, List<string>? Methods, string? Route, string? QueueName, string? Schedule);
}
