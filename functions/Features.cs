using IpsMonitor.DataRights;
using IpsMonitor.Development;
using IpsMonitor.Fidelity;
using IpsMonitor.Questionnaires;
using IpsMonitor.Signals;
using IpsMonitor.Workbooks;
using Microsoft.AspNetCore.DataProtection;

namespace IpsMonitor;

/// <summary>The app's services, one line per feature; both hosts call this.</summary>
internal static class Features
{
    public static IServiceCollection AddIpsMonitor(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<TextCheck>();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddStorage(config);
        services.AddAuditStorage(config);
        services.AddSingleton(new Health.HealthCache(config));
        services.AddSingleton<ApiDocument.ApiDescription>();
        services.AddAccess();
        services.AddCaseload();
        services.AddQuestionnaires();
        services.AddCheckIns();
        services.AddDevelopment();
        services.AddSignals();
        services.AddWorkbooks();
        services.AddWorkspace();
        services.AddFidelity();
        services.AddDataRights();
        services.AddFunctions();
        return services;
    }

    private static void AddWorkspace(this IServiceCollection services)
    {
        services.AddSettings<Workspace.StaffOptions>("Staff");
        services.AddSettings<Workspace.WorklistOptions>("Worklists");
        services.AddSingleton<Workspace.WorklistReads>();
        services.AddSingleton<Workspace.StaffSessionStore>();
        services.AddSingleton<Workspace.RevealStore>();
        services.AddSingleton<Workspace.FormSends>();
        services.AddSingleton<Workspace.BlobKeyRepository>();
        services.AddDataProtection().SetApplicationName("IpsMonitor");
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<Workspace.BlobKeyRepository>((o, keys) => o.XmlRepository = keys);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ipsm_af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__af";
        });
        services.AddScoped<Workspace.StaffPages>();
    }

    /// <summary>
    /// Every class with a [Function] method, scoped as the worker creates them per invocation. Registered rather than
    /// left to the activator, so that a missing dependency fails when the host is built (ValidateOnBuild), not on first use.
    /// </summary>
    private static void AddFunctions(this IServiceCollection services)
    {
        foreach (var type in typeof(Features).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.IsDefined(typeof(FunctionAttribute), inherit: false))))
            services.AddScoped(type);
    }

    private static void AddAccess(this IServiceCollection services)
    {
        services.AddSingleton<RowReader>();
        services.AddSingleton<AccessStore>();
        services.AddHttpContextAccessor();
        services.AddSingleton<ClientAddress>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<StaffGate>();
        services.AddSettings<GuessOptions>("Guessing");
        services.AddSingleton<GuessCounts>();
        services.AddSingleton<GuessThrottle>();
    }

    private static void AddCaseload(this IServiceCollection services)
    {
        services.AddSingleton<CaseloadStore>();
        services.AddSingleton<CaseloadChanges>();
        services.AddScoped<RecordDriegesprek>();
        services.AddScoped<CompleteAgreement>();
        services.AddScoped<ShareDriegesprekSummary>();
        services.AddSingleton<CaseloadSummaryStore>();
        services.AddSingleton<CaseloadSummaries>();
        services.AddSingleton<Signals.SignalIndexStore>();
        services.AddSingleton<ReadModelRebuild>();
        services.AddSingleton<MessageQueue>();
        services.AddSingleton<ContactStore>();
        services.AddSingleton<RecordContact>();
        services.AddSingleton<ObservationStore>();
        services.AddSingleton<RecordObservation>();
    }

    private static void AddCheckIns(this IServiceCollection services)
    {
        services.AddSettings<CheckInOptions>("CheckIns");
        services.AddSettings<SmtpOptions>("Smtp");
        services.AddSettings<ReminderOptions>("Reminders");
        services.AddSingleton<LinkSeal>();
        services.AddSingleton<CheckInStore>();
        services.AddSingleton<ReminderStore>();
        services.AddSingleton<Reminders>();
        services.AddSingleton<CheckInOutbox>();
        services.AddSingleton<Invitations>();
        services.AddSingleton<LinkMailer>();
        services.AddSingleton<RespondentPages>();
    }

    private static void AddDevelopment(this IServiceCollection services)
    {
        services.AddSettings<DevelopmentOptions>("Development");
        services.AddSingleton<DevelopmentLinkStore>();
        services.AddSingleton<CandidateVoiceStore>();
        services.AddSingleton<Workspace.FitReviewStore>();
        services.AddSingleton<DevelopmentView>();
    }

    private static void AddSignals(this IServiceCollection services)
    {
        services.AddSettings<SignalRules>(SignalRules.SectionName);
        services.AddSingleton<SignalStore>();
        services.AddSingleton<SignalRecompute>();
    }

    private static void AddWorkbooks(this IServiceCollection services)
    {
        services.AddSettings<QuarterlyWorkbookOptions>("Workbooks");
        services.AddSingleton<RowStream>();
        services.AddSingleton<ProgrammeReader>();
        services.AddSingleton<WorkbookBlobs>();
        services.AddSingleton<WorkbookBuildLog>();
        services.AddSingleton<PublishedTrend>();
        services.AddSingleton<WorkbookDownload>();
        services.AddSingleton<WorkbookBuildStore>();
        services.AddSettings<WorkbookOptions>("Workbooks");
        services.AddSettings<OutcomeOptions>("Outcomes");
        services.AddSingleton<WorkbookBuildQueue>();
        services.AddSingleton<WorkbookBuilder>();
        services.AddSingleton<QuarterFiguresStore>();
        services.AddSingleton<CheckInQuarterBackfill>();
    }

    private static void AddDataRights(this IServiceCollection services)
    {
        services.AddSettings<RetentionOptions>("Retention");
        services.AddSingleton<ErasureTombstones>();
        services.AddSingleton<WorkbookScrub>();
        services.AddSingleton<QueueScrub>();
        services.AddSingleton<CandidateErasure>();
    }
}
