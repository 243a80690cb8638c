namespace IpsMonitor.Development;

internal static class DevelopmentServices
{
    public static IServiceCollection AddDevelopment(this IServiceCollection services)
    {
        services.AddOptions<DevelopmentOptions>().BindConfiguration(DevelopmentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DevelopmentLinkStore>();
        services.AddSingleton<DevelopmentView>();
        return services;
    }
}
