namespace IpsMonitor.Workbooks;

internal sealed record MetricDefinition(string Name, string Definition);

/// <summary>
/// Every metric's name and precise definition in Dutch, for the Definities sheet. The rules in code live in OutcomeRules
/// and the calculators; when a rule changes, change its text here and raise DefinitionVersion.
/// </summary>
internal static class MetricDefinitions
{
    public const string DefinitionVersion = "v2026.4";

    public const string Period = "Kwartaal";
    public const string Referrals = "Aanmeldingen";
    public const string ReferralsEmployed = "Aanmeldingen met werk bij aanmelding";
    public const string ActiveCaseload = "Actieve caseload";
    public const string WorkedCompetitive = "Kandidaten met regulier betaald werk";
    public const string OutOfWorkAtReferral = "Actief en zonder werk bij aanmelding";
    public const string OutOfWorkWorked = "Daarvan met regulier betaald werk";
    public const string EmploymentRate = "Arbeidsparticipatie";
    public const string Benchmark = "Benchmarkniveau arbeidsparticipatie";
    public const string BenchmarkSource = "internationale referentie (VS/VK)";
    public const string Competitive = "Competitief werk";
    public const string DoelgroepbaanStarts = "Doelgroepbanen gestart";
    public const string Milestones = "Mijlpalen in een lopend kwartaal";
    public const string FirstJobStarts = "Eerste baanstarts";
    public const string DaysToFirstJobMedian = "Dagen van aanmelding tot eerste baan (mediaan)";
    public const string DaysToFirstJobMean = "Dagen van aanmelding tot eerste baan (gemiddelde)";
    public const string JobStarts = "Baanstarts (regulier)";
    public const string JobEndings = "Beëindigde banen (regulier)";
    public const string OtherStarts = "Andere plaatsingen gestart";
    public const string OtherEndings = "Andere plaatsingen beëindigd";
    public const string Sustained13 = "Baanbehoud 13 weken";
    public const string Sustained26 = "Baanbehoud 26 weken";
    public const string Working20Hours = "Aandeel werkenden met 20 uur of meer";
    public const string MedianHours = "Mediaan contracturen per week per werkende";
    public const string Jobs20Hours = "Aandeel banen van 20 uur of meer (per baan, aanvullend)";
    public const string JobMedianHours = "Mediaan contracturen per baan (aanvullend)";
    public const string ContractHours = "Contracturen op een datum";
    public const string ScoreBand = "Scoreband caseload (trouwschaal item 1)";
    public const string OpenSignals = "Open signalen einde kwartaal";
    public const string Placements = "Plaatsingen per soort en sector";
    public const string CoachCaseload = "Caseload per begeleider";
    public const string CandidateStatus = "Status kandidaat";
    public const string Signals = "Signalen geopend en opgelost";
    public const string ResponseRate = "Respons";
    public const string ReminderResponse = "Respons rond herinneringen";
    public const string MeanScore = "Gemiddelde score en verandering";
    public const string NotComputable = "Streepje (–)";
    public const string Trend = "Trend (blad Trend)";

    public static readonly IReadOnlyList<MetricDefinition> All =
    [
        new(Period, "Een kwartaal loopt van de eerste tot en met de laatste kalenderdag (2026-Q3 = 01-07-2026 "
            + "t/m 30-09-2026). 'In het kwartaal' betekent: op een datum van de eerste tot en met de laatste "
            + "dag. Tijdstippen (sluiten van een vragenlijst, openen en oplossen van een signaal) worden eerst "
            + "omgezet naar de kalenderdatum in Europe/Amsterdam."),
        new(Referrals, "Aantal aanmeldingen (verwijzingen) met een aanmelddatum in het kwartaal. De aanmelddatum "
            + "is de start van het traject. Wie uitstroomt en opnieuw wordt aangemeld, telt met elke aanmelding "
            + "in het kwartaal mee."),
        new(ReferralsEmployed, "Aanmeldingen in het kwartaal waarbij de kandidaat bij aanmelding al betaald werk had."),
        new(ActiveCaseload, "Kandidaten met een traject dat op minstens één dag van het kwartaal liep: "
            + "aanmelddatum op of vóór de laatste dag, en geen uitstroomdatum of een uitstroomdatum op of na de "
            + "eerste dag. Elke kandidaat telt één keer, ook met meer trajecten."),
        new(WorkedCompetitive, "Kandidaten uit de actieve caseload met minstens één reguliere (competitieve) "
            + "baan die als baanstart telt (minstens 4 betaalde uren: contracturen 4 of meer, of bevestigd) en "
            + "die op minstens één dag van het kwartaal liep. Elke kandidaat telt één keer, ook met twee banen "
            + "tegelijk."),
        new(OutOfWorkAtReferral, "Kandidaten uit de actieve caseload die bij hun relevante aanmelding geen werk "
            + "hadden. De relevante aanmelding is de laatste aanmelding waarvan het traject in het kwartaal "
            + "liep. Wie bij aanmelding al werk had, telt niet mee."),
        new(OutOfWorkWorked, "Kandidaten uit de vorige regel die in het kwartaal regulier betaald werk hadden (zie 'Kandidaten met regulier betaald werk')."),
        new(EmploymentRate, "Actief en zonder werk bij aanmelding, en in het kwartaal competitief werk, gedeeld door "
            + "alle actieve kandidaten zonder werk bij aanmelding. Referentieniveaus: minimaal 31%, gemiddeld 41%, "
            + "excellent 50% (" + BenchmarkSource + ": uitkomstrapportage van IPS in de Verenigde Staten en het "
            + "Verenigd Koninkrijk; geen Nederlandse norm. In Nederland en België gaat kwaliteit over "
            + "modelgetrouwheid, de IPS-trouwschaal)."),
        new(Benchmark, "Onder minimaal (< 31%), minimaal (31% tot 41%), gemiddeld (41% tot 50%) of excellent (50% of meer); bron: " + BenchmarkSource + "."),
        new(Competitive, "Competitief (regulier) werk is werk dat voor iedereen openstaat, tegen minstens het "
            + "minimumloon, en niet voorbehouden aan mensen met een beperking (IPS-trouwschaal, item 11). Een "
            + "reguliere baan is competitief; een werkervaringsplek, proefplaatsing of andere plaatsing nooit. "
            + "Of een doelgroepbaan (voorbehouden aan het doelgroepregister) meetelt, is een keuze van het "
            + "programma: de instelling Outcomes:DoelgroepbaanCompetitive (standaard nee; de waarde staat "
            + "hieronder bij 'Versies en herkomst'). Doelgroepbanen staan altijd op een eigen regel. Een oude "
            + "registratie 'regulier' met 'niet competitief' telt als 'overig', en een niet-competitieve soort "
            + "die als competitief was vastgelegd telt als niet-competitief; de interne versie noemt die banen."),
        new(DoelgroepbaanStarts, "Doelgroepbanen (als ze als competitief meetellen: met minstens 4 betaalde "
            + "uren), begonnen op of na de eerste aanmelding, met een startdatum in het kwartaal. Altijd een "
            + "eigen regel, of ze nu als competitief meetellen of niet."),
        new(FirstJobStarts, "Kandidaten van wie de eerste reguliere baanstart ooit in het kwartaal begon. Een "
            + "baanstart is een reguliere baan met minstens 4 betaalde uren die op of na de eerste aanmelding "
            + "begon; een baan die er bij aanmelding al was, is geen baanstart. Per kandidaat telt hoogstens één "
            + "eerste baanstart; bij gelijke startdatum telt de baan met de laagste id."),
        new(DaysToFirstJobMedian, "Voor de eerste baanstarts in het kwartaal: het aantal dagen van de "
            + "aanmelddatum van het traject waarin de baan begon (de laatste aanmelding op of vóór de "
            + "startdatum) tot de startdatum; de mediaan."),
        new(DaysToFirstJobMean, "Als de vorige regel, het rekenkundig gemiddelde."),
        new(JobStarts, "Reguliere banen met minstens 4 betaalde uren, begonnen op of na de eerste aanmelding, "
            + "met een startdatum in het kwartaal. Twee banen tegelijk zijn twee baanstarts."),
        new(JobEndings, "Reguliere banen met minstens 4 betaalde uren met een einddatum in het kwartaal."),
        new(OtherStarts, "Niet-competitieve plaatsingen (proefplaatsing, werkervaringsplek, overig, en "
            + "doelgroepbaan als die niet als competitief meetelt), begonnen op of na de eerste aanmelding, met "
            + "een startdatum in het kwartaal. Ze worden vastgelegd maar tellen niet als uitkomst."),
        new(OtherEndings, "Niet-reguliere plaatsingen met een einddatum in het kwartaal."),
        new(Sustained13, "Reguliere baanstarts waarvan de 13-wekengrens (startdatum + 91 dagen) in het kwartaal "
            + "valt en bereikt is; het aandeel daarvan dat op die dag nog liep (geen einddatum, of een einddatum "
            + "op of na de grens)."),
        new(Milestones, "In een kwartaal dat nog loopt (de kwartaalpagina, of een werkboek gemaakt vóór het "
            + "einde van het kwartaal) telt een 13- of 26-wekengrens alleen als die op of vóór vandaag valt: tot "
            + "en met vandaag. Een baan die vandaag 12 weken loopt, telt nog niet mee. Voor een afgesloten "
            + "kwartaal verandert er niets."),
        new(Sustained26, "Als 13 weken, met de 26-wekengrens (startdatum + 182 dagen)."),
        new(Working20Hours, "Per persoon: kandidaten met een traject dat op de laatste dag van het kwartaal liep "
            + "en die op die dag competitief werk hadden (een of meer lopende competitieve banen met minstens 4 "
            + "betaalde uren, ook van vóór de aanmelding). Hun contracturen per week worden over die banen "
            + "opgeteld; het aandeel met samen 20 uur of meer. Wie 10 en 8 uur werkt, telt als één persoon met "
            + "18 uur. Bron van de 20 uur: IPS-doel '2/3 van de deelnemers werkt 20 uur per week of meer'."),
        new(MedianHours, "De mediaan van die opgetelde contracturen per week over dezelfde personen."),
        new(Jobs20Hours, "Per baan: competitieve banen met minstens 4 betaalde uren die op de laatste dag "
            + "liepen; het aandeel met 20 of meer contracturen. Twee banen tegelijk tellen apart."),
        new(JobMedianHours, "De mediaan van de contracturen per week over dezelfde banen."),
        new(ContractHours, "Contracturen hebben een geschiedenis met datum: elk cijfer gebruikt de uren zoals "
            + "die golden op de datum van het cijfer (de laatste dag van het kwartaal). Een later gewijzigd "
            + "aantal uren verandert een eerder kwartaal dus niet. Banen van vóór de geschiedenis hebben alleen "
            + "hun huidige uren."),
        new(OpenSignals, "Signalen geopend op of vóór de laatste dag van het kwartaal en niet opgelost op of vóór die dag."),
        new(Placements, "Per soort plaatsing (regulier, doelgroepbaan, proefplaatsing, werkervaringsplek, "
            + "overig; reguliere banen alleen met minstens 4 betaalde uren) en per sector (alleen reguliere "
            + "banen): gestart in het kwartaal (op of na de eerste aanmelding), beëindigd in het kwartaal, en "
            + "lopend op de laatste dag."),
        new(CoachCaseload, "Kandidaten met een traject dat op de laatste dag van het kwartaal liep, per "
            + "IPS-begeleider (intern de code, extern 'Begeleider 1…n'). Norm per fulltime begeleider volgens "
            + "het model van de begeleider (IPS-trouwschaal, item 1): IPS-A (gericht op werk) 20, IPS-A+O (werk "
            + "en onderwijs) 25, IPS-O (onderwijs) 35; naar rato van de fte. Werkend: daarvan met een "
            + "competitieve baan van minstens 4 betaalde uren die op die dag liep."),
        new(ScoreBand, "De score 1–5 van item 1 van de IPS-trouwschaal voor de caseload per fulltime begeleider "
            + "(caseload ÷ fte, naar boven afgerond), met de norm N van het model: 5 bij N − 5 of minder, 4 bij "
            + "N − 4 tot en met N, 3 bij N + 1 tot en met N + 5, 2 bij N + 6 tot en met N + 15, 1 bij N + 16 of "
            + "meer. Voor IPS-A+O (N = 25) is dat de schaal 20 of minder, 21–25, 26–30, 31–40, 41 of meer; een "
            + "begeleider met 22 scoort 4. Zonder fte geen score."),
        new(CandidateStatus, "Op de laatste dag van het kwartaal: Uitgestroomd (traject afgesloten), Werkt (een "
            + "reguliere baan van minstens 4 uur loopt), Andere plaatsing (alleen een niet-reguliere plaatsing "
            + "loopt) of Zoekt werk. Alleen kandidaten uit de actieve caseload; gegevens van hun relevante "
            + "aanmelding."),
        new(Signals, "Per type: signalen met een openingsdatum in het kwartaal, met een oplosdatum in het kwartaal, en open aan het einde van het kwartaal."),
        new(ResponseRate, "Uitnodigingen waarvan het antwoordvenster in het kwartaal sloot: beantwoord (datum "
            + "van het antwoord) of gemist (vervaldatum). Respons = beantwoord gedeeld door beantwoord plus "
            + "gemist, per respondent (kandidaat, leidinggevende). Geannuleerde en nog open uitnodigingen tellen "
            + "niet mee."),
        new(ReminderResponse, "Alleen in de interne versie. Dezelfde uitnodigingen als bij Respons, per "
            + "respondent. Vóór een herinnering: alle gesloten uitnodigingen, en hoeveel daarvan beantwoord zijn "
            + "voordat er een herinnering ging (of zonder herinnering). Na herinnering n: de uitnodigingen die "
            + "herinnering n kregen (op dat moment nog open), en hoeveel daarvan beantwoord zijn na die "
            + "herinnering en vóór de volgende."),
        new(MeanScore, "Het gemiddelde antwoord per schaalvraag in vragenlijsten beantwoord in het kwartaal; n "
            + "is het aantal antwoorden. Verandering = gemiddelde dit kwartaal min gemiddelde vorig kwartaal. "
            + "Kandidaat en leidinggevende staan naast elkaar waar zij hetzelfde beoordelen (werkvermogen, "
            + "passend werk)."),
        new(Trend, "De laatste acht kwartalen tot en met dit kwartaal, één regel per kwartaal (oudste bovenaan): "
            + "arbeidsparticipatie, baanstarts (regulier) en baanbehoud 13 en 26 weken, met dezelfde definities "
            + "als hierboven, elk kwartaal voor zich berekend. De regel Verloop toont per kolom een sparkline; "
            + "een streepje of 'x' is daarin een gat. Interne versie: elk kwartaal berekend uit de gegevens van "
            + "nu, dus een eerder kwartaal kan afwijken van zijn eigen werkboek als er later iets is vastgelegd "
            + "of gewist. Externe versie: alleen dit kwartaal wordt berekend, met de regel voor kleine aantallen "
            + "(dezelfde cellen als op de Samenvatting); elk eerder kwartaal toont precies wat de geldende "
            + "externe versie van dat kwartaal publiceerde (bevroren), of een streepje als dat kwartaal geen "
            + "externe versie heeft."),
        .. ProgressDefinitions.All,
        .. LoopDefinitions.All,
        new(NotComputable, "Niet te berekenen, bijvoorbeeld een percentage zonder noemer of een gemiddelde zonder antwoorden."),
        new(SmallCells.Name, SmallCells.RuleText),
    ];
}
