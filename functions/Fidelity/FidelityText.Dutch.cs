using IpsMonitor.Platform;

namespace IpsMonitor.Fidelity;

public sealed partial record FidelityText
{
    private static FidelityText CreateDutch() => new()
    {
        Lang = Languages.Dutch,
        Nav = "Modelgetrouwheid",
        Title = "Modelgetrouwheid (IPS-getrouwheidsschaal)",
        Intro = "Elk half jaar beoordelen twee beoordelaars het team op de 25 items van de IPS-getrouwheidsschaal. "
            + "Leg hier de scores vast; de totalen voor IPS-A en IPS-O worden berekend.",
        HistoryTitle = "Eerdere beoordelingen",
        NoReviews = "Er is nog geen beoordeling vastgelegd.",
        Date = "Datum van de beoordeling",
        Reviewers = "Beoordelaars",
        ReviewersHint = "Namen of organisaties van de beoordelaars.",
        IpsATotal = "Totaal IPS-A",
        IpsOTotal = "Totaal IPS-O",
        Level = "Niveau (IPS-A)",
        Change = "Verschil met vorige",
        NoTotal = "–",
        TrendTitle = "Verloop van het IPS-A-totaal",
        TrendDescription = "Het IPS-A-totaal per beoordeling, van 25 tot 125. Dezelfde waarden staan in de tabel.",
        ActionPoints = "Actiepunten",
        ActionPointsHint = "Wat het team de komende maanden verbetert, met wie en wanneer.",
        LastActionPoints = "Actiepunten van de laatste beoordeling",
        RecordTitle = "Beoordeling vastleggen",
        RecordHint = "Geef elk item een score van 1 tot 5. Items 5 en 9 hebben een deel voor werk (a, telt voor IPS-A) "
            + "en een deel voor opleiding (b, telt voor IPS-O).",
        Score = "Score",
        Note = "Toelichting",
        Previous = "Vorige score: {0}",
        EducationHint = "Alleen bij IPS-O of IPS-A+O; laat leeg als het team niet op opleiding wordt beoordeeld.",
        NoScore = "Kies een score",
        Record = "Beoordeling opslaan",
        Saved = "De beoordeling is opgeslagen.",
        EvidenceTitle = "Eigen cijfer",
        EvidenceNotAScore = "Berekend uit de gegevens van het programma, als bewijs voor de beoordelaars. Het is geen score.",
        CaseloadEvidence = "{0} kandidaten op {1} fte: {2} per fulltime begeleider (op {3}).",
        CaseloadHow = "Kandidaten in IPS per begeleider, gedeeld door de fte van de begeleiders met een bekende fte.",
        CaseloadCoach = "{0}: {1} kandidaten, {2} fte, {3}-norm {4}, scoreband {5}",
        NoFte = "Geen begeleider met een bekende fte.",
        CompetitiveEvidence = "{0} van de {1} lopende plaatsingen zijn regulier: {2} (op {3}).",
        CompetitiveHow = "Plaatsingen die op de dag liepen; regulier is open voor iedereen, minstens het minimumloon en "
            + "niet voorbehouden aan mensen met een beperking. Werkervaringsplekken, proefplaatsingen en andere "
            + "plaatsingen tellen nooit als regulier.",
        DoelgroepbaanCounts = "Een doelgroepbaan telt in dit programma als regulier (instelling).",
        DoelgroepbaanDoesNotCount = "Een doelgroepbaan telt in dit programma niet als regulier (instelling).",
        NoPlacements = "Er liepen geen plaatsingen.",
        ErrorsTitle = "De beoordeling is niet opgeslagen",
        DateError = "Vul een datum in die niet na vandaag ligt.",
        ReviewersError = "Vul de beoordelaars in (zonder onzichtbare tekens, hooguit 200 tekens).",
        ScoreError = "Kies een score van 1 tot 5.",
        TextError = "Deze tekst is te lang of bevat tekens die niet kunnen.",
        Groups = new Dictionary<FidelityGroup, string>
        {
            [FidelityGroup.Staffing] = "Personeel",
            [FidelityGroup.Services] = "Dienstverlening",
            [FidelityGroup.Organisation] = "Organisatie",
        },
        Levels = new Dictionary<FidelityLevel, string>
        {
            [FidelityLevel.Exemplary] = "voorbeeldig (115–125)",
            [FidelityLevel.Good] = "goed (100–114)",
            [FidelityLevel.Fair] = "redelijk (74–99)",
            [FidelityLevel.NotIps] = "geen IPS (73 of lager)",
        },
        Items = DutchItems(),
        Variants = new Dictionary<string, string>
        {
            ["5a"] = "5a. Naar werk: eerste contact met een werkgever binnen 30 dagen na aanmelding.",
            ["5b"] = "5b. Naar opleiding: eerste contact met een onderwijsinstelling binnen 30 dagen na aanmelding.",
            ["9a"] = "9a. Soorten banen: kandidaten krijgen verschillende soorten banen.",
            ["9b"] = "9b. Soorten opleidingen: kandidaten volgen verschillende soorten opleidingen.",
        },
    };

    private static Dictionary<int, (string, string)> DutchItems() => new()
    {
        [1] = ("Caseload-grootte", "Een fulltime IPS-begeleider heeft hooguit 20 kandidaten (IPS-A), 25 (IPS-A+O) of 35 (IPS-O)."),
        [2] = ("Toegewijde IPS-begeleiders", "IPS-begeleiders doen alleen IPS-werk, geen andere taken."),
        [3] = ("Generalistische rol", "De IPS-begeleider doet alle fasen: kennismaking, zoeken, werkgevers benaderen "
            + "en ondersteuning op het werk."),
        [4] = ("Doorlopende beoordeling in de praktijk", "Het profiel van de kandidaat groeit met ervaringen in werk, "
            + "niet met testen vooraf."),
        [5] = ("Snel zoeken", "Het zoeken begint direct, zonder voortraject."),
        [6] = ("Zoeken op maat", "Werkgevers worden benaderd op basis van de wensen, sterke kanten en ervaring van de kandidaat."),
        [7] = ("Werkgevers benaderen: hoe vaak", "Elke begeleider heeft per week minstens 6 persoonlijke contacten met werkgevers."),
        [8] = ("Werkgevers benaderen: hoe", "Contacten zijn gericht op het leren kennen van de werkgever en zijn behoeften, "
            + "over meerdere bezoeken."),
        [9] = ("Verscheidenheid", "Kandidaten kiezen uit verschillende soorten werk of opleiding."),
        [10] = ("Verscheidenheid van werkgevers", "Kandidaten werken bij verschillende werkgevers."),
        [11] = ("Reguliere banen", "Banen zijn open voor iedereen, betalen minstens het minimumloon en zijn niet "
            + "voorbehouden aan mensen met een beperking."),
        [12] = ("Ondersteuning op maat", "Ondersteuning na de start past bij de baan en de kandidaat, ook met de werkgever."),
        [13] = ("Werken in de samenleving", "Begeleiders werken vooral buiten het kantoor: bij werkgevers, thuis en in de buurt."),
        [14] = ("Contact na start of verlies van werk", "Persoonlijk contact binnen 3 dagen na de start en na het "
            + "verlies van een baan; ondersteuning zo lang als nodig."),
        [15] = ("Actief contact houden", "Bij uitval zoekt de begeleider de kandidaat actief op, samen met het behandelteam."),
        [16] = ("Advies over werk en inkomen", "Kandidaten krijgen persoonlijk advies over werk, uitkering en toeslagen."),
        [17] = ("Openheid", "De begeleider bespreekt met de kandidaat of en hoe die open wil zijn over de kwetsbaarheid."),
        [18] = ("Plaats in het behandelteam", "Begeleiders horen bij één of twee behandelteams, waaruit minstens 90% van "
            + "hun kandidaten komt."),
        [19] = ("Overleg met het behandelteam", "Begeleiders zijn wekelijks bij het teamoverleg en delen informatie."),
        [20] = ("Samenwerking met UWV en gemeente", "Minstens maandelijks overleg over gedeelde kandidaten."),
        [21] = ("IPS-team", "Minstens twee begeleiders en een leidinggevende vormen een team met wekelijkse intervisie."),
        [22] = ("Rol van de leidinggevende", "De leidinggevende stuurt op resultaten en kijkt mee in de praktijk."),
        [23] = ("Niemand uitgesloten", "Iedereen die wil werken kan meedoen, zonder selectie vooraf."),
        [24] = ("Gericht op regulier werk", "De organisatie vraagt naar werkwensen en deelt resultaten met iedereen."),
        [25] = ("Steun van de directie", "De directie steunt IPS zichtbaar, met middelen en een jaarlijkse evaluatie."),
    };
}
