using System.Text.Json;

namespace IpsMonitor.Hosting;

/// <summary>How the local host reaches one function: its trigger and a one-line call into the function class.</summary>
internal abstract record FunctionBinding(string Name, Type FunctionType)
{
    public static HttpBinding Http<TFunction>(string name, string method, string route, Func<TFunction, HttpContext, Task<IResult>> call)
        where TFunction : notnull =>
        new(name, typeof(TFunction), method, route, context => call(context.RequestServices.GetRequiredService<TFunction>(), context));

    public static QueueBinding Queue<TFunction, TMessage>(string name, string queue, Func<TFunction, TMessage, CancellationToken, Task> call)
        where TFunction : notnull =>
        new(name, typeof(TFunction), queue, (services, body, ct) =>
        {
            var message = body.ToObjectFromJson<TMessage>(JsonSerializerOptions.Web)
                ?? throw new JsonException($"The message on queue '{queue}' is empty.");
            return call(services.GetRequiredService<TFunction>(), message, ct);
        });

    public static TimerBinding Timer<TFunction>(string name, string schedule, string defaultSchedule, Func<TFunction, TimerStatus, CancellationToken, Task> call)
        where TFunction : notnull =>
        new(name, typeof(TFunction), schedule, defaultSchedule, (services, status, ct) => call(services.GetRequiredService<TFunction>(), status, ct));
}

internal sealed record HttpBinding(string Name, Type FunctionType, string Method, string Route, Func<HttpContext, Task<IResult>> Invoke)
    : FunctionBinding(Name, FunctionType);

internal sealed record QueueBinding(string Name, Type FunctionType, string Queue, Func<IServiceProvider, BinaryData, CancellationToken, Task> Invoke)
    : FunctionBinding(Name, FunctionType);

/// <summary>A timer; Schedule is an NCRONTAB expression or a %Setting% naming one.</summary>
internal sealed record TimerBinding(string Name, Type FunctionType, string Schedule, string DefaultSchedule, Func<IServiceProvider, TimerStatus, CancellationToken, Task> Invoke)
    : FunctionBinding(Name, FunctionType);

/// <summary>What a timer function is told about its run, as the Functions runtime's TimerInfo tells it.</summary>
public sealed record TimerStatus(DateTimeOffset? Last, DateTimeOffset Next, bool IsPastDue);
