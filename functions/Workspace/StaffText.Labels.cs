using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Platform;
using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>Labels for stored values and the Dutch wording of the API's validation, by field.</summary>
public sealed partial record StaffText
{
    /// <summary>The caseload's status filter: the candidates still in IPS, one status, or everyone.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["active", CandidateDtos.Looking, CandidateDtos.Working, CandidateDtos.Discharged, "all"];

    public static StaffText For(string lang) => Table.For(lang);

    /// <summary>The other staff languages, with their own names, for the language switch.</summary>
    internal IEnumerable<StaffText> Others => Table.All.Where(o => o.Lang != Lang);

    private bool Dutch => Lang == "nl";

    public string StatusLabel(string status) => (status, Dutch) switch
    {
        ("active", true) => "In IPS", ("active", false) => "In IPS",
        (CandidateDtos.Looking, true) => "Zoekt werk", (CandidateDtos.Looking, false) => "Looking for work",
        (CandidateDtos.Working, true) => "Aan het werk", (CandidateDtos.Working, false) => "In work",
        (CandidateDtos.Discharged, true) => "Uitgestroomd", (CandidateDtos.Discharged, false) => "Discharged",
        (_, true) => "Iedereen", _ => "Everyone",
    };

    public string SignalLabel(string type) => (type, Dutch) switch
    {
        (SignalTypes.DevelopmentStagnation, true) => "Ontwikkeling staat stil", (SignalTypes.DevelopmentStagnation, false) => "Development stagnation",
        (SignalTypes.Decline, true) => "Achteruitgang", (SignalTypes.Decline, false) => "Decline",
        (SignalTypes.HoursGap, true) => "Wil meer uren", (SignalTypes.HoursGap, false) => "Hours gap",
        (SignalTypes.Overload, true) => "Overbelasting", (SignalTypes.Overload, false) => "Overload",
        (SignalTypes.PerspectivesDiverge, true) => "Kijk verschilt", (SignalTypes.PerspectivesDiverge, false) => "Perspectives diverge",
        (SignalTypes.NoResponse, true) => "Geen reactie", (SignalTypes.NoResponse, false) => "No response",
        (SignalTypes.TimelineNoJobStart, true) => "Nog geen baan", (SignalTypes.TimelineNoJobStart, false) => "No job start yet",
        (SignalTypes.TimelineJobEndedContact, true) => "Baan beëindigd: contact", (SignalTypes.TimelineJobEndedContact, false) => "Job ended: make contact",
        (SignalTypes.TimelineNoCheckInSinceStart, true) => "Geen check-in sinds start", (SignalTypes.TimelineNoCheckInSinceStart, false) => "No check-in since job start",
        (SignalTypes.TimelineTrialPastEnd, true) => "Proefplaatsing verlopen", (SignalTypes.TimelineTrialPastEnd, false) => "Trial placement past its end",
        (SignalTypes.TimelineAdjustmentReviewDue, true) => "Aanpassing evalueren", (SignalTypes.TimelineAdjustmentReviewDue, false) => "Adjustment review due",
        _ => type,
    };

    public string SeverityLabel(SignalSeverity severity) => (severity, Dutch) switch
    {
        (SignalSeverity.Urgent, true) => "Dringend", (SignalSeverity.Urgent, false) => "Urgent",
        (SignalSeverity.Attention, true) => "Aandacht", (SignalSeverity.Attention, false) => "Attention",
        (_, true) => "Info", _ => "Info",
    };

    public string KindLabel(PlacementKind kind) => (kind, Dutch) switch
    {
        (PlacementKind.Regular, true) => "Regulier", (PlacementKind.Regular, false) => "Regular",
        (PlacementKind.Doelgroepbaan, _) => "Doelgroepbaan",
        (PlacementKind.Proefplaatsing, true) => "Proefplaatsing", (PlacementKind.Proefplaatsing, false) => "Trial placement (proefplaatsing)",
        (PlacementKind.Werkervaringsplek, true) => "Werkervaringsplek", (PlacementKind.Werkervaringsplek, false) => "Work experience (werkervaringsplek)",
        (_, true) => "Anders", _ => "Other",
    };

    public string DisclosureLabel(Caseload.Disclosure disclosure) => (disclosure, Dutch) switch
    {
        (Caseload.Disclosure.None, true) => "Niet open", (Caseload.Disclosure.None, false) => "Not disclosed",
        (Caseload.Disclosure.ViaIpsOnly, true) => "Alleen dat het via IPS gaat", (Caseload.Disclosure.ViaIpsOnly, false) => "Only that it is through IPS",
        (Caseload.Disclosure.SupervisorOnly, true) => "Open naar de leidinggevende, niet naar collega's", (Caseload.Disclosure.SupervisorOnly, false) => "Open to the supervisor, not to colleagues",
        (_, true) => "Helemaal open", _ => "Fully open",
    };

    public string AdjustmentLabel(AdjustmentKind kind) => (kind, Dutch) switch
    {
        (AdjustmentKind.FewerHours, true) => "Minder uren", (AdjustmentKind.FewerHours, false) => "Fewer hours",
        (AdjustmentKind.LaterHours, true) => "Latere werktijden", (AdjustmentKind.LaterHours, false) => "Later hours",
        (AdjustmentKind.ExtraBreaks, true) => "Extra pauzes", (AdjustmentKind.ExtraBreaks, false) => "Extra breaks",
        (AdjustmentKind.ClearSingleTasks, true) => "Duidelijke losse taken", (AdjustmentKind.ClearSingleTasks, false) => "Clear single tasks",
        (AdjustmentKind.MoreTimePerTask, true) => "Meer tijd per taak", (AdjustmentKind.MoreTimePerTask, false) => "More time per task",
        (AdjustmentKind.FixedContactPerson, true) => "Vaste aanspreekpersoon", (AdjustmentKind.FixedContactPerson, false) => "Fixed contact person",
        (AdjustmentKind.QuietWorkplace, true) => "Rustige werkplek", (AdjustmentKind.QuietWorkplace, false) => "Quiet workplace",
        (AdjustmentKind.JobCarving, true) => "Jobcarving", (AdjustmentKind.JobCarving, false) => "Job carving",
        (AdjustmentKind.StepwiseBuildUp, true) => "Stapsgewijs opbouwen", (AdjustmentKind.StepwiseBuildUp, false) => "Stepwise build-up",
        (_, true) => "Anders", _ => "Other",
    };

    public string AdjustmentStatusLabel(AdjustmentStatus status) => (status, Dutch) switch
    {
        (AdjustmentStatus.Active, true) => "loopt", (AdjustmentStatus.Active, false) => "active",
        (AdjustmentStatus.Extended, true) => "verlengd", (AdjustmentStatus.Extended, false) => "extended",
        (_, true) => "teruggedraaid", _ => "reversed",
    };

    public string StateLabel(InvitationState state) => (state, Dutch) switch
    {
        (InvitationState.Open, true) => "Open", (InvitationState.Open, false) => "Open",
        (InvitationState.Answered, true) => "Ingevuld", (InvitationState.Answered, false) => "Answered",
        (InvitationState.Missed, true) => "Gemist", (InvitationState.Missed, false) => "Missed",
        (_, true) => "Vervallen", _ => "Cancelled",
    };

    public string DimensionLabel(string key) => (key, Dutch) switch
    {
        ("work_ability", true) => "Werkvermogen (0–10)", ("work_ability", false) => "Work ability (0–10)",
        ("fit", true) => "Past het werk (1–5)", ("fit", false) => "Fit of the work (1–5)",
        ("task_growth", true) => "Nieuwe taken (nee 0, ja 1)", ("task_growth", false) => "New tasks (no 0, yes 1)",
        ("independence", true) => "Zelfstandig werken (1–5)", ("independence", false) => "Works independently (1–5)",
        ("hours", true) => "Uren gewerkt vorige week", ("hours", false) => "Hours worked last week",
        _ => key,
    };

    public string Hours(decimal hours) => string.Format(Culture, Dutch ? "{0:0.#} uur" : "{0:0.#} h", hours);

    public string FailedStatus(int status) => (status, Dutch) switch
    {
        (StatusCodes.Status409Conflict, true) => "Iemand anders veranderde dit net, of het kan niet meer. Er is niets opgeslagen; open de pagina opnieuw.",
        (StatusCodes.Status409Conflict, false) => "Someone else just changed this, or it is no longer possible. Nothing was saved; open the page again.",
        (StatusCodes.Status404NotFound, true) => "Dit bestaat niet (meer). Er is niets opgeslagen.",
        (StatusCodes.Status404NotFound, false) => "This does not exist (any more). Nothing was saved.",
        (_, true) => "Dit lukte nu niet. Er is niets opgeslagen; probeer het zo nog eens.",
        _ => "This did not work just now. Nothing was saved; try again in a moment.",
    };

    /// <summary>Why nothing was saved, in the reader's words: by the failure's kind and code, never by the API's English.</summary>
    internal string Failed(Failure? failure) => (failure, Dutch) switch
    {
        (Refused { Code: ErrorCodes.CaseloadNotEmpty }, true) =>
            "Verplaats eerst alle kandidaten van deze begeleider naar een andere begeleider; daarna kun je hem of haar uitschakelen.",
        (Refused { Code: ErrorCodes.CaseloadNotEmpty }, false) =>
            "Move all candidates of this coach to another coach first; then you can deactivate them.",
        _ => FailedStatus(ApiOutcome.Status(failure)),
    };

    /// <summary>A field's error worded for the forms, looked up by its code and field; the API's English is the last resort.</summary>
    internal string FieldError(string field, ErrorCode? error) => (field, error?.Code ?? ErrorCode.General, Dutch) switch
    {
        (_, ErrorCodes.DateFormat, true) => $"{FieldName(field)}: vul een datum in als 31-12-2026.",
        (_, ErrorCodes.DateFormat, false) => $"{FieldName(field)}: enter a date such as 31-12-2026.",
        (_, ErrorCodes.NumberFormat, true) => $"{FieldName(field)}: vul een getal in, zoals 7,5.",
        (_, ErrorCodes.NumberFormat, false) => $"{FieldName(field)}: enter a number such as 7.5.",
        (_, ErrorCodes.TextRule, true) => $"{FieldName(field)}: de tekst bevat onzichtbare tekens of stuurtekens, of alleen spaties. Typ hem opnieuw.",
        (_, ErrorCodes.TextRule, false) => $"{FieldName(field)}: the text holds invisible or control characters, or only spaces. Type it again.",
        (_, ErrorCodes.ContactNeedsDisclosure, true) =>
            "Contact met de leidinggevende verraadt dat de kandidaat via IPS werkt. Dat kan alleen als de kandidaat daar open over is: "
            + "kies een andere openheid dan 'Niet open', of zet de toestemming op 'Nee'.",
        (_, ErrorCodes.RegularIsCompetitive, true) =>
            "Een reguliere baan is altijd competitief (open voor iedereen, minstens het minimumloon). Kies 'Ja', of kies een andere "
            + "soort plaatsing (doelgroepbaan, proefplaatsing, werkervaringsplek of overig).",
        (_, ErrorCodes.NeverCompetitive, true) =>
            "Een proefplaatsing, werkervaringsplek of andere plaatsing is nooit competitief. Kies 'Nee', of kies de soort 'regulier'.",
        (_, ErrorCodes.CoachKeyNeedsCoach, true) => "Een sleutel voor een begeleider hoort bij een actieve begeleider van het programma: kies die.",
        (_, ErrorCodes.NotInCaseload, true) => "Je kunt alleen kandidaten verplaatsen die nu bij de gekozen begeleider horen.",
        (_, _, false) => error?.English ?? FailedStatus(StatusCodes.Status400BadRequest),
        ("disclosure", _, _) => "Kies hoe open de kandidaat op het werk is.",
        ("supervisorConsent", _, _) => "Geef aan of de leidinggevende benaderd mag worden.",
        ("sector", _, _) => "Sector: kies een sector uit de lijst (SBI-sectie A tot en met U, of 'anders').",
        ("supervisorName", _, _) => "Naam leidinggevende: hooguit 100 tekens, op één regel.",
        ("supervisorEmail", _, _) => "Dit is geen geldig e-mailadres.",
        ("endDate", _, _) => "Einddatum: vul een datum in, niet voor de start en niet meer dan 90 dagen vooruit.",
        ("reason", _, _) => "Reden: vul een reden in van hooguit 200 tekens.",
        ("dischargeDate", _, _) => "Datum uitstroom: tussen de aanmelding en vandaag.",
        ("candidate", _, _) => "Dit kan niet bij een kandidaat die is uitgestroomd.",
        ("respondent", _, _) => "Een link voor de leidinggevende kan alleen bij een huidige baan, met toestemming en een bekende leidinggevende.",
        ("note", _, _) => "De notitie is hooguit 500 tekens.",
        ("employer", _, _) => "Werkgever: verplicht, hooguit 100 tekens.",
        ("jobTitle", _, _) => "Functie: verplicht, hooguit 100 tekens.",
        ("startDate", _, _) => "Startdatum: verplicht, niet meer dan 90 dagen vooruit en niet lang voor de aanmelding.",
        ("contractHoursPerWeek", _, _) => "Contracturen: tussen 0 en 60 per week.",
        ("competitive", _, _) => "Geef aan of het regulier betaald werk is (een proefplaatsing is dat niet).",
        ("kind", _, _) => "Kies de soort plaatsing.",
        ("trialEndDate", _, _) => "Een proefplaatsing heeft een afgesproken einddatum na de start, en doelen.",
        ("trialGoals", _, _) => "Doelen: hooguit 500 tekens.",
        ("trialDecision", _, _) => "Besluit: hooguit 200 tekens, op één regel.",
        ("coachId", _, _) => "Code begeleider: 1 tot 20 letters, cijfers of streepjes, zoals 'coach-anna'.",
        ("model", _, _) => "Model: kies IPS-A (werk), IPS-A+O (werk en onderwijs) of IPS-O (onderwijs).",
        ("fte", _, _) => "Fte: tussen 0 en 1,5 (1 is een volledige werkweek).",
        ("name", _, _) => "Naam: hooguit 100 tekens, op één regel.",
        ("phone", _, _) => "Telefoon: hooguit 30 tekens; cijfers, spaties, '-', '+' en haakjes.",
        ("expiresOn", _, _) => "Verloopt op: een datum na vandaag en binnen twee jaar.",
        ("role", _, _) => "Kies de rol: coördinator of begeleider.",
        ("label", _, _) => "Geef de sleutel een naam van hooguit 60 tekens, zodat je hem later herkent.",
        ("fromCoachId", _, _) => "Kies de begeleider van wie je kandidaten verplaatst.",
        ("toCoachId", _, _) => "Kies een andere, actieve begeleider om de kandidaten naar te verplaatsen.",
        ("candidateIds", _, _) => "Vink 1 tot 500 kandidaten aan.",
        _ => error?.English ?? FailedStatus(StatusCodes.Status400BadRequest),
    };

    private string FieldName(string field) => field switch
    {
        "endDate" => EndDate,
        "startDate" => StartDate,
        "trialEndDate" => TrialEnd,
        "dischargeDate" => DischargeDate,
        "contractHoursPerWeek" => ContractHours,
        _ => field,
    };
}
