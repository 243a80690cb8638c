using IpsMonitor.Hosting;

namespace IpsMonitor;

/// <summary>The app's services, one line per feature; both hosts call this.</summary>
internal static class Features
{
    public static IServiceCollection AddIpsMonitor(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddStorage(config);
        services.AddHostedService<StorageLayout>();
        return services;
    }
}
