using IpsMonitor.Platform;

namespace IpsMonitor.Workspace;

/// <summary>The coordinator pages' words in Dutch (B1) and English.</summary>
public sealed partial record CoordinatorText
{
    public static readonly CoordinatorText Nl = new()
    {
        Lang = Languages.Dutch,
        QuarterNav = "Kwartaal",
        QuarterTitle = "Kwartaaloverzicht",
        QuarterIntro = "Berekend op dezelfde manier als het kwartaalwerkboek, met de gegevens van nu.",
        QuarterOpen = "{0} loopt nog tot en met {1}: de cijfers kunnen nog veranderen.",
        Summary = "Dit kwartaal en het vorige",
        Indicator = "Cijfer",
        EmploymentRate = "Arbeidsparticipatie",
        EmploymentRateHint = "Kandidaten zonder werk bij aanmelding die in het kwartaal regulier betaald werk hadden.",
        Benchmark = "Niveau",
        UpToToday = "tot en met vandaag",
        MilestonesUpToToday = "Dit kwartaal loopt nog: baanbehoud 13 en 26 weken telt alleen banen die die grens tot "
            + "en met vandaag bereikten. Een baan die vandaag 12 weken loopt, telt nog niet mee.",
        Working20Hours = "Werkenden met 20 uur of meer (per persoon)",
        Model = "Model",
        ScoreBand = "Scoreband item 1",
        JobStarts = "Baanstarts (regulier)",
        Sustained13 = "Baanbehoud 13 weken",
        Sustained26 = "Baanbehoud 26 weken",
        OutOf = "{0} van {1}",
        NotComputable = "niet te berekenen (nog niemand telt mee)",
        BandsExplained = "Niveaus van de arbeidsparticipatie: onder minimaal (minder dan 31%), minimaal (31% tot "
            + "41%), gemiddeld (41% tot 50%), excellent (50% of meer). Bron: internationale referentie (VS/VK), uit de "
            + "uitkomstrapportage van IPS in de Verenigde Staten en het Verenigd Koninkrijk; geen Nederlandse norm. In "
            + "Nederland gaat kwaliteit over modelgetrouwheid.",
        BelowMinimal = "onder minimaal",
        Minimal = "minimaal",
        Average = "gemiddeld",
        Excellent = "excellent",
        TrendTitle = "De laatste acht kwartalen",
        TrendIntro = "Elk kwartaal berekend zoals het werkboek van dat kwartaal. Een gat in de lijn is een kwartaal "
            + "zonder cijfer.",
        TrendDescription = "Van {0} tot en met {1}: {2}.",
        Quarter = "Kwartaal",
        ValuesAsTable = "Waarden als tabel",
        CaseloadTitle = "Caseload per begeleider",
        CaseloadIntro = "Kandidaten in IPS aan het einde van het kwartaal, tegen de norm van het model van de "
            + "begeleider (IPS-trouwschaal item 1): IPS-A 20, IPS-A+O 25, IPS-O 35 per fulltime begeleider, naar rato "
            + "van de fte. De scoreband (1–5) volgt de schaal: 5 bij de norm min 5 of minder, 4 tot en met de norm, 3 "
            + "tot norm + 5, 2 tot norm + 15, daarboven 1.",
        Coach = "IPS-begeleider",
        Norm = "Norm (modelnorm × fte)",
        Caseload = "Caseload",
        OfNorm = "{0} van de norm",
        AboveNorm = "boven de norm",
        WithinNorm = "binnen de norm",
        NoFte = "geen fte bekend",
        NoCoaches = "Er zijn nog geen begeleiders.",
        WorkbooksNav = "Werkboeken",
        WorkbooksTitle = "Kwartaalwerkboeken",
        WorkbooksIntro = "Intern is voor het team: alle aantallen en een regel per kandidaat (alleen de code). Extern "
            + "is voor financiers: kleine aantallen verborgen, en na afloop van het kwartaal bevroren.",
        Intern = "Intern",
        Extern = "Extern",
        ExternVersion = "versie {0}",
        NotBuilt = "Nog niet gemaakt.",
        NoExternYet = "Pas na afloop van het kwartaal.",
        BuiltAt = "Gemaakt op",
        Duration = "Duur",
        RowsRead = "Gelezen rijen",
        RowsReadDetail = "kandidaten: {0}, banen: {1}, check-ins: {2}, signalen: {3}, begeleiders: {4}",
        RowsSkipped = "{0} rijen overgeslagen omdat ze niet te gebruiken waren",
        Downloads = "Downloaden",
        Rebuild = "Opnieuw opbouwen",
        BuildTitle = "Werkboeken {0} opbouwen",
        BuildRequested = "De aanvraag staat in de wachtrij.",
        BuildRunning = "De werkboeken worden nu gemaakt.",
        BuildDone = "Klaar: de werkboeken zijn gemaakt.",
        BuildFailed = "Het maken van de werkboeken is niet gelukt.",
        Refreshing = "Deze pagina ververst zichzelf elke 3 seconden tot de bouw klaar is.",
        StopRefreshing = "Stop met verversen",
        CheckAgain = "Opnieuw kijken",
        BackToWorkbooks = "Naar de werkboeken",
        UnknownBuild = "Deze aanvraag bestaat niet (meer).",
        WorkbookMissing = "Dit werkboek is er (nog) niet. Bouw het kwartaal eerst op.",
        BadQuarter = "Dit kwartaal kan niet worden opgebouwd: alleen kwartalen vanaf de eerste aanmelding tot en met "
            + "het huidige.",
        TooManyBuilds = "Er wachten al een paar werkboeken op opbouw. Probeer het opnieuw als er één klaar is.",
    };

    public static readonly CoordinatorText En = new()
    {
        Lang = Languages.English,
        QuarterNav = "Quarter",
        QuarterTitle = "Quarter overview",
        QuarterIntro = "Computed the same way as the quarterly workbook, from today's data.",
        QuarterOpen = "{0} runs until {1}: the figures can still change.",
        Summary = "This quarter and the previous one",
        Indicator = "Figure",
        EmploymentRate = "Employment rate",
        EmploymentRateHint = "Candidates out of work at referral who had competitive paid work in the quarter.",
        Benchmark = "Level",
        UpToToday = "up to and including today",
        MilestonesUpToToday = "This quarter has not ended: 13- and 26-week sustainment counts only jobs that reached "
            + "the mark up to and including today. A job at 12 weeks today does not count yet.",
        Working20Hours = "People working 20 hours or more (per person)",
        Model = "Model",
        ScoreBand = "Score band item 1",
        JobStarts = "Job starts (competitive)",
        Sustained13 = "Jobs sustained 13 weeks",
        Sustained26 = "Jobs sustained 26 weeks",
        OutOf = "{0} of {1}",
        NotComputable = "cannot be computed (nobody counts yet)",
        BandsExplained = "Employment rate levels: below minimal (under 31%), minimal (31% to 41%), average (41% to "
            + "50%), excellent (50% or more). Source: international reference (US/UK), from IPS outcome reporting in "
            + "the United States and the United Kingdom; not a Dutch norm. In the Netherlands, quality means fidelity.",
        BelowMinimal = "below minimal",
        Minimal = "minimal",
        Average = "average",
        Excellent = "excellent",
        TrendTitle = "The last eight quarters",
        TrendIntro = "Each quarter computed as that quarter's workbook does. A gap in the line is a quarter without a "
            + "figure.",
        TrendDescription = "From {0} to {1}: {2}.",
        Quarter = "Quarter",
        ValuesAsTable = "Values as a table",
        CaseloadTitle = "Caseload per coach",
        CaseloadIntro = "Candidates in IPS at the end of the quarter, against the norm of the coach's model (fidelity "
            + "scale item 1): IPS-A 20, IPS-A+O 25, IPS-O 35 per full-time coach, pro rata to the FTE. The score band "
            + "(1–5) follows the scale: 5 at the norm minus 5 or less, 4 up to the norm, 3 up to norm + 5, 2 up to norm "
            + "+ 15, 1 above.",
        Coach = "IPS coach",
        Norm = "Norm (model norm × FTE)",
        Caseload = "Caseload",
        OfNorm = "{0} of the norm",
        AboveNorm = "above the norm",
        WithinNorm = "within the norm",
        NoFte = "no FTE known",
        NoCoaches = "There are no coaches yet.",
        WorkbooksNav = "Workbooks",
        WorkbooksTitle = "Quarterly workbooks",
        WorkbooksIntro = "Intern is for the team: every count and one line per candidate (code only). Extern is for "
            + "funders: small counts hidden, and frozen once the quarter has closed.",
        Intern = "Intern",
        Extern = "Extern",
        ExternVersion = "version {0}",
        NotBuilt = "Not built yet.",
        NoExternYet = "Only after the quarter has closed.",
        BuiltAt = "Built on",
        Duration = "Took",
        RowsRead = "Rows read",
        RowsReadDetail = "candidates: {0}, jobs: {1}, check-ins: {2}, signals: {3}, coaches: {4}",
        RowsSkipped = "{0} rows left out because they could not be used",
        Downloads = "Download",
        Rebuild = "Rebuild",
        BuildTitle = "Building the workbooks of {0}",
        BuildRequested = "The request is in the queue.",
        BuildRunning = "The workbooks are being built.",
        BuildDone = "Done: the workbooks are built.",
        BuildFailed = "Building the workbooks did not work.",
        Refreshing = "This page refreshes itself every 3 seconds until the build has finished.",
        StopRefreshing = "Stop refreshing",
        CheckAgain = "Check again",
        BackToWorkbooks = "To the workbooks",
        UnknownBuild = "This request does not exist (any more).",
        WorkbookMissing = "This workbook does not exist (yet). Build the quarter first.",
        BadQuarter = "This quarter cannot be built: only quarters from the first referral up to the current one.",
        TooManyBuilds = "A few workbooks are already waiting to be built. Try again when one has finished.",
    };

    // After the records it lists: static fields are set in the order they are written.
    internal static readonly TextTable<CoordinatorText> Table = new(Languages.Staff, Nl, En);
}
