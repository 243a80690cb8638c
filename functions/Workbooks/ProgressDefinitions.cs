namespace IpsMonitor.Workbooks;

/// <summary>
/// The names and Dutch definitions of education, trial conversion and the reason catalogues, for the sheet Onderwijs en
/// redenen and the Definities sheet. The rules in code live in ProgressCalculator; change both together.
/// </summary>
internal static class ProgressDefinitions
{
    public const string EducationStarts = "Onderwijs gestart";
    public const string EducationAsGoal = "Daarvan met onderwijs als doel";
    public const string InEducation = "In onderwijs einde kwartaal";
    public const string CombinedActive = "Actief bij een IPS-A+O-begeleider";
    public const string CombinedWorking = "Daarvan met werk of onderwijs";
    public const string WorkOrEducation = "Werk of onderwijs (IPS-A+O)";
    public const string TrialsDecided = "Proefplaatsingen met een besluit";
    public const string TrialsContract = "Besluit: contract";
    public const string TrialsExtended = "Besluit: verlengd";
    public const string TrialsStopped = "Besluit: gestopt";
    public const string TrialConversion = "Omzetting proefplaatsing naar contract";
    public const string Discharges = "Uitstroom in het kwartaal";
    public const string EndingReasons = "Reden einde baan";
    public const string DischargeReasons = "Reden uitstroom";
    public const string EndingReasonNote = "reden einde reguliere baan";
    public const string DischargeReasonNote = "reden uitstroom";

    private const string Source = " Bron: IPS-uitkomstdefinities van dit programma (IPS-O en IPS-A+O: onderwijs als uitkomst, "
        + "'leren naast werken'; IPS-trouwschaal, items 5b en 9b).";

    public static string EndingReason(JobEndReason reason) => "Einde baan: " + reason switch
    {
        JobEndReason.ContractEnded => "contract afgelopen, niet verlengd",
        JobEndReason.Resigned => "zelf opgezegd",
        JobEndReason.Dismissed => "ontslagen door de werkgever",
        JobEndReason.OtherJob => "andere baan gevonden",
        JobEndReason.Health => "gezondheid",
        JobEndReason.Education => "gaat naar onderwijs",
        _ => "anders",
    };

    public static string DischargeReasonLabel(DischargeReason reason) => "Uitstroom: " + reason switch
    {
        DischargeReason.GoalReached => "doel bereikt (werk of onderwijs)",
        DischargeReason.Education => "onderwijs",
        DischargeReason.OwnChoice => "eigen keuze om te stoppen",
        DischargeReason.NoContact => "geen contact meer",
        DischargeReason.Moved => "verhuisd",
        DischargeReason.Health => "gezondheid",
        DischargeReason.OtherSupport => "naar andere ondersteuning",
        _ => "anders",
    };

    public static readonly IReadOnlyList<MetricDefinition> All =
    [
        new(EducationStarts, "Onderwijs (regulier onderwijs of een cursus met diploma) met een startdatum in het kwartaal, "
            + "begonnen op of na de eerste aanmelding; onderwijs dat er bij aanmelding al was, telt niet. Twee opleidingen "
            + "tegelijk zijn twee starts. 'Daarvan met onderwijs als doel': onderwijs is het doel van de kandidaat in IPS, "
            + "niet een stap naar werk." + Source),
        new(InEducation, "Kandidaten met een traject dat op de laatste dag van het kwartaal liep en die op die dag onderwijs "
            + "volgden (gestart op of vóór die dag, geen einddatum of een einddatum op of na die dag). Elke kandidaat telt "
            + "één keer." + Source),
        new(WorkOrEducation, "Voor IPS-A+O (werk en onderwijs samen): kandidaten uit de actieve caseload van wie de "
            + "begeleider het model IPS-A+O heeft, en daarvan wie in het kwartaal competitief werk had (zie 'Kandidaten met "
            + "regulier betaald werk') of onderwijs volgde (op minstens één dag van het kwartaal); het aandeel. Het model "
            + "is dat van de huidige begeleider van de kandidaat." + Source),
        new(TrialConversion, "Proefplaatsingen met een besluit (contract, verlengd of gestopt) met een besluitdatum in het "
            + "kwartaal; omzetting = besluiten 'contract' gedeeld door alle besluiten. Een besluit van vóór de vaste keuzes "
            + "(vrije tekst) blijft leesbaar bij de kandidaat, maar telt niet mee. Bron: de proefplaatsing vraagt een "
            + "afgesproken einddatum, doelen en een vervolgbesluit (IPS-werkwijze)."),
        new(EndingReasons, "Reguliere banen met minstens 4 betaalde uren en een einddatum in het kwartaal (dezelfde als "
            + "'Beëindigde banen (regulier)'), per reden uit de vaste lijst: contract afgelopen, zelf opgezegd, ontslagen, "
            + "andere baan, gezondheid, onderwijs, anders. Een einde van vóór de lijst (vrije tekst) telt als 'anders', met die "
            + "tekst als toelichting. Bron: IPS-uitkomstrapportage (baanbehoud en baanverlies); de lijst is van dit programma."),
        new(DischargeReasons, "Trajecten met een uitstroomdatum in het kwartaal (elke uitstroom telt), per reden uit de vaste "
            + "lijst: doel bereikt, onderwijs, eigen keuze, geen contact, verhuisd, gezondheid, andere ondersteuning, "
            + "anders. Een uitstroom van vóór de lijst (vrije tekst) telt als 'anders', met die tekst als toelichting. Bron: "
            + "IPS-uitkomstrapportage (uitstroom); de lijst is van dit programma."),
    ];
}
