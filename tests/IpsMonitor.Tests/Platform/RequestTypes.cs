using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace IpsMonitor.Tests.Platform;

/// <summary>
/// Every type the app reads through the strict body reader, found in the compiled functions (each generic call of
/// RequestBody.ReadJsonAsync&lt;T&gt;), and every field of each, nested ones and list items included: a new request or
/// field is covered by the tests without anyone listing it.
/// </summary>
internal static class RequestTypes
{
    public static IReadOnlyList<Type> All { get; } = Find();

    /// <summary>(request type, JSON path such as "adjustments[0].kind", the field's type without Nullable, its property).</summary>
    public static IEnumerable<(Type Request, string Path, Type Type, PropertyInfo Property)> Fields() =>
        All.SelectMany(request => FieldsOf(request, "").Select(f => (request, f.Path, f.Type, f.Property)));

    private static IReadOnlyList<Type> Find()
    {
        var found = new HashSet<Type>();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        // Async methods keep their body in a compiler-made state machine: a nested type, which GetTypes lists too.
        foreach (var type in typeof(RequestBody).Assembly.GetTypes())
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
                found.UnionWith(ReadIn(method));
        return found.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The request types this method (or, for an async method, its state machine) reads with RequestBody.ReadJsonAsync.</summary>
    public static IEnumerable<Type> ReadBy(MethodInfo method) =>
        method.GetCustomAttribute<System.Runtime.CompilerServices.AsyncStateMachineAttribute>() is { } machine
            ? ReadIn(machine.StateMachineType.GetMethod("MoveNext", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance)!).Concat(ReadIn(method))
            : ReadIn(method);

    private static IEnumerable<Type> ReadIn(MethodBase method)
    {
        var reader = typeof(RequestBody).GetMethod(nameof(RequestBody.ReadJsonAsync))!;
        var type = method.DeclaringType!;
        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        for (var i = 0; i + 4 < il.Length; i++)
        {
            // call or callvirt with a MethodSpec token (table 0x2B): a call of a generic method instance.
            if (il[i] is not (0x28 or 0x6F) || il[i + 4] != 0x2B)
                continue;
            MethodBase? callee;
            try
            {
                callee = method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1),
                    type.IsGenericType ? type.GetGenericArguments() : null, method.IsGenericMethod ? method.GetGenericArguments() : null);
            }
            catch (ArgumentException)
            {
                continue;
            }
            // Read directly, or through JsonRoute<TBody>, whose own call names only its type parameter.
            if (callee is MethodInfo { IsGenericMethod: true } m && m.GetGenericMethodDefinition() == reader
                && !m.GetGenericArguments()[0].IsGenericParameter)
                yield return m.GetGenericArguments()[0];
            else if (callee?.DeclaringType is { IsGenericType: true } route && route.GetGenericTypeDefinition() == typeof(JsonRoute<>))
                yield return route.GetGenericArguments()[0];
        }
    }

    private static IEnumerable<(string Path, Type Type, PropertyInfo Property)> FieldsOf(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && !p.IsDefined(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute))))
        {
            var path = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var fieldType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            yield return (path, fieldType, property);
            var element = fieldType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(fieldType) && fieldType.IsGenericType
                ? fieldType.GetGenericArguments()[0] : null;
            if (element is not null && IsAppRecord(element))
                foreach (var nested in FieldsOf(element, path + "[0]."))
                    yield return nested;
            else if (IsAppRecord(fieldType))
                foreach (var nested in FieldsOf(fieldType, path + "."))
                    yield return nested;
        }
    }

    private static bool IsAppRecord(Type type) => type.IsClass && type.Namespace?.StartsWith("IpsMonitor", StringComparison.Ordinal) == true;

    /// <summary>A JSON body with only this field set, nested as its path says: "adjustments[0].kind" = 9 → {"adjustments":[{"kind":9}]}.</summary>
    public static string BodyWith(string path, JsonNode? value)
    {
        var root = new JsonObject();
        JsonObject current = root;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var (name, isList) = segments[i].EndsWith("[0]", StringComparison.Ordinal) ? (segments[i][..^3], true) : (segments[i], false);
            if (i == segments.Length - 1)
            {
                current[name] = value;
                break;
            }
            var next = new JsonObject();
            current[name] = isList ? new JsonArray(next) : next;
            current = next;
        }
        return root.ToJsonString();
    }

    /// <summary>Reads the body as the app would, and returns what a client would get back: null when it parsed, else status and body.</summary>
    public static async Task<(int Status, JsonElement Problem, string Text)?> ReadAsync(Type request, string json)
    {
        var context = new DefaultHttpContext { RequestServices = Services };
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var task = (Task)typeof(RequestBody).GetMethod(nameof(RequestBody.ReadJsonAsync))!.MakeGenericMethod(request).Invoke(null, [context.Request, CancellationToken.None])!;
        await task;
        var parsed = task.GetType().GetProperty("Result")!.GetValue(task)!;
        if (parsed.GetType().GetProperty("Refusal")!.GetValue(parsed) is not IResult problem)
            return null;
        var response = new DefaultHttpContext { RequestServices = Services };
        response.Response.Body = new MemoryStream();
        await problem.ExecuteAsync(response);
        var text = Encoding.UTF8.GetString(((MemoryStream)response.Response.Body).ToArray());
        return (response.Response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    private static readonly IServiceProvider Services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();

    /// <summary>The message under a field in a validation problem, or null when the field is not named.</summary>
    public static string? ErrorAt(JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()))
            : null;
}
