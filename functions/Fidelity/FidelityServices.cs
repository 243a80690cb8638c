namespace IpsMonitor.Fidelity;

internal static class FidelityServices
{
    public static IServiceCollection AddFidelity(this IServiceCollection services)
    {
        services.AddSingleton<FidelityStore>();
        services.AddSingleton<FidelityReviews>();
        return services;
    }
}
