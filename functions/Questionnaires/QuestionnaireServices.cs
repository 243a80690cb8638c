namespace IpsMonitor.Questionnaires;

internal static class QuestionnaireServices
{
    /// <summary>
    /// Registers the catalog as a singleton. It is loaded here, while services are registered, not on first use: a broken
    /// definition throws before the host is built, so the host never starts with a questionnaire it cannot show.
    /// </summary>
    public static IServiceCollection AddQuestionnaires(this IServiceCollection services)
    {
        services.AddSingleton(QuestionnaireCatalog.LoadEmbedded());
        return services;
    }
}
