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

    /// <summary>A refused team change in Dutch: the API's problem detail is English, for client developers.</summary>
    public string TeamFailure(string? title, int status) => title switch
    {
        "Caseload not empty" => "Verplaats eerst alle kandidaten van deze begeleider naar een andere begeleider; daarna kun je hem of haar uitschakelen.",
        _ => FailedStatus(status),
    };

    /// <summary>The API's validation, worded per field for the forms; a field without its own wording shows the API's message.</summary>
    public string FieldError(string field, string apiMessage) => (field, Dutch) switch
    {
        (_, _) when apiMessage == "dateFormat" => Dutch ? $"{FieldName(field)}: vul een datum in als 31-12-2026." : $"{FieldName(field)}: enter a date such as 31-12-2026.",
        (_, _) when apiMessage == "numberFormat" => Dutch ? $"{FieldName(field)}: vul een getal in, zoals 7,5." : $"{FieldName(field)}: enter a number such as 7.5.",
        ("disclosure" or "supervisorConsent", true) when apiMessage.Contains("none", StringComparison.OrdinalIgnoreCase) =>
            "Contact met de leidinggevende verraadt dat de kandidaat via IPS werkt. Dat kan alleen als de kandidaat daar open over is: kies een andere openheid dan 'Niet open', of zet de toestemming op 'Nee'.",
        ("disclosure", true) => "Kies hoe open de kandidaat op het werk is.",
        ("supervisorConsent", true) => "Geef aan of de leidinggevende benaderd mag worden.",
        ("sector", _) when !Dutch => apiMessage,
        ("sector", true) => "Sector: kies een sector uit de lijst (SBI-sectie A tot en met U, of 'anders').",
        ("supervisorName", true) => "Naam leidinggevende: hooguit 100 tekens, op één regel.",
        ("supervisorEmail", true) => "Dit is geen geldig e-mailadres.",
        ("endDate", true) => "Einddatum: vul een datum in, niet voor de start en niet meer dan 90 dagen vooruit.",
        ("reason", true) => "Reden: vul een reden in van hooguit 200 tekens.",
        ("dischargeDate", true) => "Datum uitstroom: tussen de aanmelding en vandaag.",
        ("candidate", true) => "Dit kan niet bij een kandidaat die is uitgestroomd.",
        ("respondent", true) => "Een link voor de leidinggevende kan alleen bij een huidige baan, met toestemming en een bekende leidinggevende.",
        ("note", true) => "De notitie is hooguit 500 tekens.",
        ("employer", true) => "Werkgever: verplicht, hooguit 100 tekens.",
        ("jobTitle", true) => "Functie: verplicht, hooguit 100 tekens.",
        ("startDate", true) => "Startdatum: verplicht, niet meer dan 90 dagen vooruit en niet lang voor de aanmelding.",
        ("contractHoursPerWeek", true) => "Contracturen: tussen 0 en 60 per week.",
        ("competitive", true) when apiMessage == JobValidation.RegularIsCompetitive =>
            "Een reguliere baan is altijd competitief (open voor iedereen, minstens het minimumloon). Kies 'Ja', of kies een andere soort plaatsing (doelgroepbaan, proefplaatsing, werkervaringsplek of overig).",
        ("competitive", true) when apiMessage.EndsWith(JobValidation.NeverCompetitive, StringComparison.Ordinal) =>
            "Een proefplaatsing, werkervaringsplek of andere plaatsing is nooit competitief. Kies 'Nee', of kies de soort 'regulier'.",
        ("competitive", true) => "Geef aan of het regulier betaald werk is (een proefplaatsing is dat niet).",
        ("kind", true) => "Kies de soort plaatsing.",
        ("trialEndDate", true) => "Een proefplaatsing heeft een afgesproken einddatum na de start, en doelen.",
        ("trialGoals", true) => "Doelen: hooguit 500 tekens.",
        ("coachId", true) when apiMessage.StartsWith("A coach key", StringComparison.Ordinal) => "Een sleutel voor een begeleider hoort bij een actieve begeleider van het programma: kies die.",
        ("coachId", true) => "Code begeleider: 1 tot 20 letters, cijfers of streepjes, zoals 'coach-anna'.",
        ("model", true) => "Model: kies IPS-A (werk), IPS-A+O (werk en onderwijs) of IPS-O (onderwijs).",
        ("fte", true) => "Fte: tussen 0 en 1,5 (1 is een volledige werkweek).",
        ("name", true) => "Naam: hooguit 100 tekens, op één regel.",
        ("phone", true) => "Telefoon: hooguit 30 tekens; cijfers, spaties, '-', '+' en haakjes.",
        ("expiresOn", true) => "Verloopt op: een datum na vandaag en binnen twee jaar.",
        ("role", true) => "Kies de rol: coördinator of begeleider.",
        ("label", true) => "Geef de sleutel een naam van hooguit 60 tekens, zodat je hem later herkent.",
        ("fromCoachId", true) => "Kies de begeleider van wie je kandidaten verplaatst.",
        ("toCoachId", true) => "Kies een andere, actieve begeleider om de kandidaten naar te verplaatsen.",
        ("candidateIds", true) when apiMessage.Contains("caseload", StringComparison.Ordinal) => "Je kunt alleen kandidaten verplaatsen die nu bij de gekozen begeleider horen.",
        ("candidateIds", true) => "Vink 1 tot 500 kandidaten aan.",
        _ => apiMessage,
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
