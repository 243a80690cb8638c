using Azure.Core.Serialization;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker.Builder;

namespace IpsMonitor.AzureHost;

/// <summary>The isolated worker that the Functions host starts in Azure: the app's services, its middleware and telemetry.</summary>
internal static class AzureWorker
{
    /// <summary>The Functions host starts a worker with its id on the command line; nothing else does.</summary>
    public static bool IsStartedByFunctionsHost(string[] args) =>
        args.Any(a => a is "--functions-worker-id" or "--workerId");

    public static IHost Build(string[] args, Action<IServiceCollection>? configure = null)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<HttpEdgeMiddleware>();
        builder.UseMiddleware<UnhandledErrorMiddleware>();
        // A service that cannot be built fails the worker at start, not the first request that needs it.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));

        builder.Services.AddApplicationInsightsTelemetryWorkerService();
        builder.Services.ConfigureFunctionsApplicationInsights();
        builder.Services.AddSingleton<ITelemetryInitializer, TokenRedaction>();
        // Queue messages are read with the same JSON options they were written with.
        builder.Services.Configure<WorkerOptions>(o => o.Serializer = new JsonObjectSerializer(Json.Options));
        builder.Services.AddIpsMonitor(builder.Configuration);
        builder.Services.AddCompression();
        builder.Services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, Compression.StartupFilter>();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
