using System.Net;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Cronos;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace IpsMonitor.Hosting;

/// <summary>What `func start` does for this app, for its three trigger kinds, on Kestrel and Azure Storage.</summary>
internal static class LocalHost
{
    public static async Task<RunningHost> StartAsync(LocalHostOptions options, CancellationToken ct = default)
    {
        var appRoot = options.AppRoot ?? AppSettings.FindAppRoot();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = options.Args, ContentRootPath = appRoot });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddLocalSettings(appRoot);
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.Configuration.AddCommandLine(options.Args);
        var config = builder.Configuration;

        Azurite? azurite = null;
        if (Azurite.IsDevelopmentStorage(config[Storage.ConnectionSetting]))
        {
            // Like the Functions tooling, development storage means Azurite: start it when nothing answers.
            if (!Azurite.Answers(10000) || !Azurite.Answers(10001) || !Azurite.Answers(10002))
                azurite = await Azurite.StartPersistentAsync(appRoot);
            config[Storage.ConnectionSetting] = "UseDevelopmentStorage=true";
        }

        try
        {
            var hostJson = HostJson.Load(appRoot, config);
            var port = int.Parse(config["port"] ?? config["Host:LocalHttpPort"] ?? "7071", System.Globalization.CultureInfo.InvariantCulture);
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

            builder.Services.AddIpsMonitor(config);
            builder.Services.AddSingleton(hostJson.Queues);
            var all = FunctionCatalog.All.Concat(options.ExtraFunctions).ToList();
            foreach (var type in all.Select(f => f.FunctionType).Distinct())
                builder.Services.AddScoped(type);
            // As in Azure, AzureWebJobs.<name>.Disabled = true switches a function's trigger off.
            var functions = all.Where(f => !string.Equals(config[$"AzureWebJobs.{f.Name}.Disabled"], "true", StringComparison.OrdinalIgnoreCase)).ToList();
            AddTriggers(builder.Services, functions, config, hostJson);
            options.ConfigureServices?.Invoke(builder.Services);

            var app = builder.Build();
            app.UseExceptionHandler();
            app.UseStatusCodePages();
            var prefix = hostJson.RoutePrefix.Trim('/');
            foreach (var http in functions.OfType<HttpBinding>())
                app.MapMethods(prefix.Length == 0 ? "/" + http.Route : $"/{prefix}/{http.Route}", [http.Method.ToUpperInvariant()], http.Invoke)
                    .WithName(http.Name);

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

    private static void AddTriggers(IServiceCollection services, IEnumerable<FunctionBinding> functions, IConfiguration config, HostJson hostJson)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(config["WEBSITE_TIME_ZONE"] ?? "Europe/Amsterdam");
        var hostId = config["AzureFunctionsWebHost:hostid"] ?? "ipsmonitor-local";
        var lease = TimeSpan.Parse(config["LocalHost:QueueMessageLease"] ?? "00:01:00", System.Globalization.CultureInfo.InvariantCulture);

        foreach (var queue in functions.OfType<QueueBinding>())
            services.AddSingleton<IHostedService>(sp => new QueueListener(queue,
                sp.GetRequiredService<QueueServiceClient>(), sp.GetRequiredService<StorageNames>(), hostJson.Queues, lease,
                sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ILogger<QueueListener>>()));

        foreach (var timer in functions.OfType<TimerBinding>())
        {
            var expression = ResolveSchedule(timer, config);
            var schedule = CronExpression.Parse(expression, CronFormat.IncludeSeconds);
            services.AddSingleton<IHostedService>(sp => new TimerScheduler(timer, schedule, zone,
                sp.GetRequiredService<BlobServiceClient>(), sp.GetRequiredService<StorageNames>(), hostId,
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<ILogger<TimerScheduler>>()));
        }
    }

    /// <summary>"%Setting%" reads the schedule from configuration, as the Functions runtime does.</summary>
    public static string ResolveSchedule(TimerBinding timer, IConfiguration config)
    {
        if (timer.Schedule.Length > 2 && timer.Schedule[0] == '%' && timer.Schedule[^1] == '%')
            return config[timer.Schedule[1..^1]] is { Length: > 0 } configured ? configured : timer.DefaultSchedule;
        return timer.Schedule;
    }
}

internal sealed record LocalHostOptions
{
    public string[] Args { get; init; } = [];
    public string? AppRoot { get; init; }
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
    public IReadOnlyList<FunctionBinding> ExtraFunctions { get; init; } = [];
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
