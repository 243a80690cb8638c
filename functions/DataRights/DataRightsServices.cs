namespace IpsMonitor.DataRights;

internal static class DataRightsServices
{
    public static IServiceCollection AddDataRights(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ErasureTombstones>();
        services.AddSingleton<WorkbookScrub>();
        services.AddSingleton<QueueScrub>();
        services.AddSingleton<CandidateErasure>();
        return services;
    }
}
