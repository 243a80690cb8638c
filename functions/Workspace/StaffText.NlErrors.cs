using IpsMonitor.Platform;

namespace IpsMonitor.Workspace;

/// <summary>The Dutch words for what a form could not save, by error code and by field.</summary>
public sealed partial record StaffText
{
    private static StaffFormErrors NlFormErrors => new(
        NlFailedConflict, NlFailedNotFound, NlFailedOther, NlFailedCaseloadNotEmpty, NlCodeErrors, NlFieldErrors, NlFieldNames);

    private const string NlFailedConflict =
        "Iemand anders veranderde dit net, of het kan niet meer. Er is niets opgeslagen; open de pagina opnieuw.";
    private const string NlFailedNotFound = "Dit bestaat niet (meer). Er is niets opgeslagen.";
    private const string NlFailedOther = "Dit lukte nu niet. Er is niets opgeslagen; probeer het zo nog eens.";
    private const string NlFailedCaseloadNotEmpty =
        "Verplaats eerst alle kandidaten van deze begeleider naar een andere begeleider; daarna kun je hem of haar uitschakelen.";

    private static Dictionary<string, string> NlCodeErrors => new()
    {
        [ErrorCodes.DateFormat] = "{0}: vul een datum in als 31-12-2026.",
        [ErrorCodes.NumberFormat] = "{0}: vul een getal in, zoals 7,5.",
        [ErrorCodes.TextRule] = "{0}: de tekst bevat onzichtbare tekens of stuurtekens, of alleen spaties. Typ hem opnieuw.",
        [ErrorCodes.ContactNeedsDisclosure] =
            "Contact met de leidinggevende verraadt dat de kandidaat via IPS werkt. Dat kan alleen als de kandidaat daar open over is: "
            + "kies een andere openheid dan 'Niet open', of zet de toestemming op 'Nee'.",
        [ErrorCodes.RegularIsCompetitive] =
            "Een reguliere baan is altijd competitief (open voor iedereen, minstens het minimumloon). Kies 'Ja', of kies een andere "
            + "soort plaatsing (doelgroepbaan, proefplaatsing, werkervaringsplek of overig).",
        [ErrorCodes.NeverCompetitive] =
            "Een proefplaatsing, werkervaringsplek of andere plaatsing is nooit competitief. Kies 'Nee', of kies de soort 'regulier'.",
        [ErrorCodes.CoachKeyNeedsCoach] = "Een sleutel voor een begeleider hoort bij een actieve begeleider van het programma: kies die.",
        [ErrorCodes.NotInCaseload] = "Je kunt alleen kandidaten verplaatsen die nu bij de gekozen begeleider horen.",
    };

    private static Dictionary<string, string> NlFieldNames => new()
    {
        ["employer"] = "Werkgever",
        ["jobTitle"] = "Functie",
        ["reason"] = "Reden",
        ["note"] = "Notitie",
        ["supervisorName"] = "Naam leidinggevende",
        ["supervisorEmail"] = "E-mail leidinggevende",
        ["trialGoals"] = "Doelen",
        ["trialDecision"] = "Besluit",
        ["fte"] = "Fte",
        ["label"] = "Naam van de sleutel",
        ["expiresOn"] = "Geldig tot en met",
        ["coachId"] = "Code begeleider",
        ["name"] = "Naam",
        ["phone"] = "Telefoon",
    };

    private static Dictionary<string, string> NlFieldErrors => new()
    {
        ["disclosure"] = "Kies hoe open de kandidaat op het werk is.",
        ["supervisorConsent"] = "Geef aan of de leidinggevende benaderd mag worden.",
        ["sector"] = "Sector: kies een sector uit de lijst (SBI-sectie A tot en met U, of 'anders').",
        ["supervisorName"] = "Naam leidinggevende: hooguit 100 tekens, op één regel.",
        ["supervisorEmail"] = "Dit is geen geldig e-mailadres.",
        ["endDate"] = "Einddatum: vul een datum in, niet voor de start en niet meer dan 90 dagen vooruit.",
        ["reason"] = "Reden: vul een reden in van hooguit 200 tekens.",
        ["dischargeDate"] = "Datum uitstroom: tussen de aanmelding en vandaag.",
        ["candidate"] = "Dit kan niet bij een kandidaat die is uitgestroomd.",
        ["respondent"] = "Een link voor de leidinggevende kan alleen bij een huidige baan, met toestemming en een bekende leidinggevende.",
        ["note"] = "De notitie is hooguit 500 tekens.",
        ["employer"] = "Werkgever: verplicht, hooguit 100 tekens.",
        ["jobTitle"] = "Functie: verplicht, hooguit 100 tekens.",
        ["startDate"] = "Startdatum: verplicht, niet meer dan 90 dagen vooruit en niet lang voor de aanmelding.",
        ["contractHoursPerWeek"] = "Contracturen: tussen 0 en 60 per week.",
        ["competitive"] = "Geef aan of het regulier betaald werk is (een proefplaatsing is dat niet).",
        ["kind"] = "Kies de soort plaatsing.",
        ["trialEndDate"] = "Een proefplaatsing heeft een afgesproken einddatum na de start, en doelen.",
        ["trialGoals"] = "Doelen: hooguit 500 tekens.",
        ["trialDecision"] = "Besluit: hooguit 200 tekens, op één regel.",
        ["coachId"] = "Code begeleider: 1 tot 20 letters, cijfers of streepjes, zoals 'coach-anna'.",
        ["model"] = "Model: kies IPS-A (werk), IPS-A+O (werk en onderwijs) of IPS-O (onderwijs).",
        ["fte"] = "Fte: tussen 0 en 1,5 (1 is een volledige werkweek).",
        ["name"] = "Naam: hooguit 100 tekens, op één regel.",
        ["phone"] = "Telefoon: hooguit 30 tekens; cijfers, spaties, '-', '+' en haakjes.",
        ["expiresOn"] = "Geldig tot en met: een datum na vandaag en binnen twee jaar.",
        ["role"] = "Kies de rol: coördinator of begeleider.",
        ["label"] = "Geef de sleutel een naam van hooguit 60 tekens, zodat je hem later herkent.",
        ["fromCoachId"] = "Kies de begeleider van wie je kandidaten verplaatst.",
        ["toCoachId"] = "Kies een andere, actieve begeleider om de kandidaten naar te verplaatsen.",
        ["candidateIds"] = "Vink 1 tot 500 kandidaten aan.",
    };
}
