using System.Reflection;
using System.Text.Json;

namespace IpsMonitor.LocalHost;

/// <summary>
/// One function as functions.metadata describes it, with the method its entryPoint names. The local host binds the
/// trigger's values to the method's parameters the way the isolated worker does: by type for the request, the
/// cancellation token and the timer, by name for route values and the queue message.
/// </summary>
internal abstract record LocalFunction(string Name, MethodInfo Method)
{
    /// <summary>Creates the function's class in the scope (registered, or built from the scope's services) and calls the method.</summary>
    protected async Task<object?> CallAsync(IServiceProvider scope, Func<ParameterInfo, object?> argument)
    {
        var instance = Method.IsStatic ? null : ActivatorUtilities.GetServiceOrCreateInstance(scope, Method.DeclaringType!);
        var arguments = Method.GetParameters().Select(argument).ToArray();
        var returned = Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, arguments, null);
        if (returned is not Task task)
            return returned;
        await task;
        // Task<T>: the result of a generic task; a plain Task has none.
        return task.GetType().IsGenericType ? task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
    }
}

/// <summary>An HTTP-triggered function: its methods and its route below the route prefix.</summary>
internal sealed record HttpFunction(string Name, MethodInfo Method, IReadOnlyList<string> Methods, string Route) : LocalFunction(Name, Method)
{
    public async Task<IResult?> InvokeAsync(HttpContext context) =>
        await CallAsync(context.RequestServices, p => p.ParameterType switch
        {
            var t when t == typeof(HttpRequest) => context.Request,
            var t when t == typeof(HttpContext) => context,
            var t when t == typeof(CancellationToken) => context.RequestAborted,
            _ => context.GetRouteValue(p.Name!) is { } value ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null,
        }) as IResult;
}

/// <summary>A queue-triggered function: the message body is JSON for the parameter the trigger names.</summary>
internal sealed record QueueFunction(string Name, MethodInfo Method, string Queue, string Parameter) : LocalFunction(Name, Method)
{
    public Task InvokeAsync(IServiceProvider scope, BinaryData body, CancellationToken ct) =>
        CallAsync(scope, p => p.ParameterType switch
        {
            var t when t == typeof(CancellationToken) => ct,
            var t when t == typeof(string) => body.ToString(),
            var t when t == typeof(BinaryData) => body,
            var t => JsonSerializer.Deserialize(body.ToMemory().Span, t, Json.Options)
                ?? throw new JsonException($"The message on queue '{Queue}' is empty."),
        });
}

/// <summary>A timer-triggered function; Schedule is the NCRONTAB expression or the %Setting% naming it, as in the metadata.</summary>
internal sealed record TimerFunction(string Name, MethodInfo Method, string Schedule) : LocalFunction(Name, Method)
{
    public Task InvokeAsync(IServiceProvider scope, TimerInfo timer, CancellationToken ct) =>
        CallAsync(scope, p => p.ParameterType == typeof(CancellationToken) ? ct : timer);
}
