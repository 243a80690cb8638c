namespace IpsMonitor.Workbooks;

/// <summary>
/// The names and Dutch definitions of the driegesprek loop and the contacts in work, for the sheet Onderwijs en redenen
/// and the Definities sheet. The rules in code live in LoopCalculator; change both together.
/// </summary>
internal static class LoopDefinitions
{
    public const string PastOnboarding = "Na de inwerkperiode in werk";
    public const string RecentDriegesprek = "Daarvan met een driegesprek in de laatste 6 maanden";
    public const string RecentDriegesprekShare = "Driegesprek in de laatste 6 maanden";
    public const string Active = "Actief op de laatste dag";
    public const string WithGoal = "Daarvan met een actief ontwikkeldoel";
    public const string WithGoalShare = "Actief ontwikkeldoel";
    public const string ReviewsDue = "Aanpassingen met een evaluatiedatum in het kwartaal";
    public const string ReviewedOnTime = "Daarvan op tijd besloten";
    public const string ReviewedOnTimeShare = "Aanpassingen op tijd geëvalueerd";
    public const string AgreementsDue = "Afspraken met een streefdatum in het kwartaal";
    public const string AgreementsOnTime = "Daarvan op tijd afgerond";
    public const string AgreementsOnTimeShare = "Afspraken op tijd afgerond";
    public const string CandidatesInWork = "Kandidaten in werk in het kwartaal";
    public const string ContactsInWork = "Gelogde contacten tijdens werk";
    public const string MonthsInWork = "Maanden in werk";
    public const string ContactsPerMonth = "Contacten per kandidaat in werk per maand";

    private const string Source = " Bron: de driegesprek-cyclus van dit programma (IPS-werkwijze: begeleiding na plaatsing, "
        + "IPS-trouwschaal, item 'ondersteuning in werk').";

    public static readonly IReadOnlyList<MetricDefinition> All =
    [
        new(RecentDriegesprekShare, "Kandidaten met een traject dat op de laatste dag van het kwartaal liep en een baan die "
            + "op die dag liep en waarvan de inwerkperiode (3 maanden na de start) op of vóór die dag eindigde; daarvan wie "
            + "een vastgelegd driegesprek had (over welke baan ook) in de 6 maanden tot en met die dag; het aandeel. Elke "
            + "kandidaat telt één keer." + Source),
        new(WithGoalShare, "Kandidaten met een traject dat op de laatste dag van het kwartaal liep; daarvan wie op die dag "
            + "een actief ontwikkeldoel had in 'Mijn ontwikkeling': geschreven op of vóór die dag en toen nog niet bereikt. "
            + "Een doel dat de kandidaat weghaalde, telt niet meer mee; het aandeel." + Source),
        new(ReviewedOnTimeShare, "Evaluatiedata van aanpassingen die in het kwartaal vielen (tot en met vandaag als het "
            + "kwartaal nog loopt): elke evaluatiedatum die een besluit verving, en de evaluatie die nog openstaat. Op tijd: "
            + "het besluit (behouden, verlengen of terugdraaien) viel op of vóór die datum. Een verlenging geeft een nieuwe "
            + "evaluatiedatum, die apart telt." + Source),
        new(AgreementsOnTimeShare, "Afspraken uit driegesprekken met een streefdatum in het kwartaal (tot en met vandaag "
            + "als het kwartaal nog loopt); daarvan wie als afgerond is gemarkeerd op of vóór de streefdatum; het aandeel."
            + Source),
        new(ContactsPerMonth, "Kandidaten in werk: met een geplaatste baan (regulier, of een andere plaatsing) die op minstens "
            + "één dag van het kwartaal liep. Gelogde contacten: contacten in het contactlog van de begeleider met een datum "
            + "in het kwartaal op een dag dat de kandidaat in werk was, met wie ook (kandidaat, leidinggevende of beiden). "
            + "Maanden in werk: de dagen in werk in het kwartaal, per kandidaat één keer geteld, maal 3 gedeeld door het "
            + "aantal dagen van het kwartaal (een heel kwartaal in werk is 3 maanden). Contacten per maand = gelogde "
            + "contacten gedeeld door maanden in werk." + Source),
    ];
}
