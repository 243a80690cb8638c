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

    // Read on first use, not as a field: the records live in their own files, and static fields in different files of a
    // partial type start in an order the language does not promise.
    private static TextTable<StaffText>? table;

    internal static TextTable<StaffText> Table => table ??= new(Languages.Staff, Nl, En);

    /// <summary>The other staff languages, with their own names, for the language switch.</summary>
    internal IEnumerable<StaffText> Others => Table.All.Where(o => o.Lang != Lang);

    /// <summary>A number of hours per week, such as "7,5 uur".</summary>
    public required string HoursFormat { get; init; }
    public required IReadOnlyDictionary<string, string> StatusLabels { get; init; }
    public required IReadOnlyDictionary<string, string> SignalLabels { get; init; }
    public required IReadOnlyDictionary<SignalSeverity, string> SeverityLabels { get; init; }
    public required IReadOnlyDictionary<PlacementKind, string> KindLabels { get; init; }
    public required IReadOnlyDictionary<Caseload.Disclosure, string> DisclosureLabels { get; init; }
    public required IReadOnlyDictionary<AdjustmentKind, string> AdjustmentLabels { get; init; }
    public required IReadOnlyDictionary<AdjustmentStatus, string> AdjustmentStatusLabels { get; init; }
    public required IReadOnlyDictionary<InvitationState, string> StateLabels { get; init; }

    /// <summary>The driegesprek dimensions by key, with their scale.</summary>
    public required IReadOnlyDictionary<string, string> DimensionLabels { get; init; }

    /// <summary>A status of the filter or of a candidate; anything else is the filter's "everyone".</summary>
    public string StatusLabel(string status) => StatusLabels.GetValueOrDefault(status) ?? StatusLabels["all"];

    /// <summary>A signal type's name; a type this version does not know shows as stored.</summary>
    public string SignalLabel(string type) => SignalLabels.GetValueOrDefault(type) ?? type;

    public string SeverityLabel(SignalSeverity severity) => Label(SeverityLabels, severity);

    public string KindLabel(PlacementKind kind) => Label(KindLabels, kind);

    public string DisclosureLabel(Caseload.Disclosure disclosure) => Label(DisclosureLabels, disclosure);

    public string AdjustmentLabel(AdjustmentKind kind) => Label(AdjustmentLabels, kind);

    public string AdjustmentStatusLabel(AdjustmentStatus status) => Label(AdjustmentStatusLabels, status);

    public string StateLabel(InvitationState state) => Label(StateLabels, state);

    public string DimensionLabel(string key) => DimensionLabels.GetValueOrDefault(key) ?? key;

    public string Hours(decimal hours) => string.Format(Culture, HoursFormat, hours);

    // Every language record labels every value (a test checks), so the name is only a last resort for a value added later.
    private static string Label<TValue>(IReadOnlyDictionary<TValue, string> labels, TValue value) where TValue : struct, Enum =>
        labels.GetValueOrDefault(value) ?? value.ToString();

    // Only the two methods below still switch on the language; their texts move to error codes on the record.
    private bool Dutch => Lang == Languages.Dutch;

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
