using System.Globalization;
using System.Net;
using System.Reflection;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Cronos;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace IpsMonitor.LocalHost;

/// <summary>
/// What `func start` does for this app: reads functions.metadata as the Functions host does, then serves the HTTP
/// functions on Kestrel, polls the queues of the queue functions and runs the timers, on Azure Storage (Azurite by default).
/// </summary>
internal static class LocalFunctionsHost
{
    public static async Task<RunningHost> StartAsync(LocalHostOptions options, CancellationToken ct = default)
    {
        var appRoot = options.AppRoot ?? AppSettings.FindAppRoot();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = options.Args, ContentRootPath = appRoot });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(AppSettings.Build(appRoot, options.Settings, options.Args));
        var config = builder.Configuration;

        var azurite = await Azurite.ForDevelopmentStorageAsync(config, appRoot);
        try
        {
            var hostJson = HostJson.Load(appRoot, config);
            Assembly[] assemblies = [typeof(LocalFunctionsHost).Assembly, .. options.Assemblies];
            var functions = FunctionIndex.Load(options.MetadataPath ?? FunctionIndex.DefaultPath, assemblies)
                .Concat(options.ExtraMetadata is null ? [] : FunctionIndex.Read(options.ExtraMetadata, assemblies))
                // As in Azure, AzureWebJobs.<name>.Disabled = true switches a function's trigger off.
                .Where(f => !string.Equals(config[$"AzureWebJobs.{f.Name}.Disabled"], "true", StringComparison.OrdinalIgnoreCase))
                .ToList();
            var port = int.Parse(config["port"] ?? config["Host:LocalHttpPort"] ?? "7071", CultureInfo.InvariantCulture);
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
            // Links handed out must point at this host, whatever port it was given (a port of 0 is only known after start).
            if (port != 0)
                foreach (var (setting, path) in new[] { ("CheckIns:LinkBaseUrl", "q/"), ("Development:LinkBaseUrl", "d/") })
                    if (string.IsNullOrEmpty(config[setting]))
                        config[setting] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"
                            + (hostJson.RoutePrefix.Trim('/') + "/" + path).TrimStart('/');
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            // The antiforgery keys sit unencrypted in the app's own blob container, reachable by its identity only; the warning says just that.
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
            // A failed background service is reported in one line by the run command (HostRun); the host's own report is a stack trace.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

            builder.Services.AddIpsMonitor(config);
            builder.Services.AddCompression();
            builder.Services.AddSingleton(hostJson.Queues);
            AddTriggers(builder.Services, functions, config, hostJson);
            options.ConfigureServices?.Invoke(builder.Services);

            var app = builder.Build();
            app.UseResponseCompression();
            var prefix = hostJson.RoutePrefix.Trim('/');
            foreach (var http in functions.OfType<HttpFunction>())
            {
                var route = prefix.Length == 0 ? "/" + http.Route : $"/{prefix}/{http.Route}";
                app.MapMethods(route, http.Methods.Select(m => m.ToUpperInvariant()), context => RunAsync(http, context)).WithName(http.Name);
            }

            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new RunningHost(app, azurite, new Uri(address + (prefix.Length == 0 ? "/" : $"/{prefix}/")));
        }
        catch
        {
            azurite?.Dispose();
            throw;
        }
    }

    private static async Task RunAsync(HttpFunction function, HttpContext context)
    {
        HttpEdge.Protect(context);
        IResult? result;
        try
        {
            result = HttpEdge.Refuse(context) ?? await function.InvokeAsync(context);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LocalFunctionsHost));
            log.LogError(e, "Function {Function} failed", function.Name);
            result = UnhandledError.For(context, e);
        }
        if (result is not null)
            await result.ExecuteAsync(context);
    }

    private static void AddTriggers(IServiceCollection services, IReadOnlyList<LocalFunction> functions, IConfiguration config, HostJson hostJson)
    {
        var hostId = config["AzureFunctionsWebHost:hostid"] ?? "ipsmonitor-local";
        var lease = TimeSpan.Parse(config["LocalHost:QueueMessageLease"] ?? "00:01:00", CultureInfo.InvariantCulture);
        if (lease < TimeSpan.FromSeconds(1) || lease > QueueSettings.MaxInvisibility)
            throw new InvalidOperationException("LocalHost:QueueMessageLease must be between 00:00:01 and 7.00:00:00 (the storage service's limit).");

        foreach (var queue in functions.OfType<QueueFunction>())
            services.AddSingleton<IHostedService>(sp => new QueueListener(queue,
                sp.GetRequiredKeyedService<QueueServiceClient>(Storage.RawQueues), sp.GetRequiredService<StorageNames>(), hostJson.Queues, lease,
                sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ILogger<QueueListener>>()));

        foreach (var timer in functions.OfType<TimerFunction>())
        {
            var schedule = ParseSchedule(timer, config);
            services.AddSingleton<IHostedService>(sp => new TimerScheduler(timer, schedule,
                sp.GetRequiredService<BlobServiceClient>(), sp.GetRequiredService<StorageNames>(), hostId,
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ILogger<TimerScheduler>>()));
        }
    }

    /// <summary>"%Setting%" reads the schedule from a setting, as the Functions host does; a missing or malformed one stops the host at start.</summary>
    public static CronExpression ParseSchedule(TimerFunction timer, IConfiguration config)
    {
        var expression = timer.Schedule;
        if (expression.Length > 2 && expression[0] == '%' && expression[^1] == '%')
        {
            var setting = expression[1..^1];
            expression = config[setting] is { Length: > 0 } configured ? configured
                : throw new InvalidOperationException(
                    $"Timer {timer.Name}: setting '{setting}' is not set. Every timer's schedule is a setting; see local.settings.sample.json.");
        }
        try
        {
            return CronExpression.Parse(expression, CronFormat.IncludeSeconds);
        }
        catch (CronFormatException e)
        {
            throw new InvalidOperationException($"Timer {timer.Name}: '{expression}' is not a 6-field NCRONTAB schedule ({e.Message})", e);
        }
    }
}

internal sealed record LocalHostOptions
{
    public string[] Args { get; init; } = [];
    public string? AppRoot { get; init; }
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>functions.metadata to read; by default the one the build put next to the binaries.</summary>
    public string? MetadataPath { get; init; }

    /// <summary>More functions in the metadata format, added to the app's (tests bring probe functions).</summary>
    public string? ExtraMetadata { get; init; }

    /// <summary>Assemblies besides the app's where entry points may live (tests bring their own probe functions).</summary>
    public IReadOnlyList<Assembly> Assemblies { get; init; } = [];

    public Action<IServiceCollection>? ConfigureServices { get; init; }
}

internal sealed class RunningHost(WebApplication app, Azurite? azurite, Uri baseAddress) : IAsyncDisposable
{
    public WebApplication App { get; } = app;
    public Uri BaseAddress { get; } = baseAddress;
    public IServiceProvider Services => App.Services;

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        azurite?.Dispose();
    }
}
