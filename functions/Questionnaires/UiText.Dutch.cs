using IpsMonitor.Platform;

namespace IpsMonitor.Questionnaires;

public sealed partial record UiText
{
    private static UiText CreateDutch() => new()
    {
        Lang = Languages.Dutch,
        Colon = ": ",
        LanguageName = "Nederlands",
        StepOf = "Stap {0} van {1}",
        Optional = "(niet verplicht)",
        Next = "Volgende",
        Back = "Vorige",
        Submit = "Versturen",
        Yes = "Ja",
        No = "Nee",
        ErrorSummaryTitle = "Kijk dit nog even na",
        ErrorPrefix = "Fout:",
        OnStep = "stap {0}",
        MaxLengthHint = "Maximaal {0} tekens.",
        Progress = "Voortgang",
        ChooseAnswer = "Kies een antwoord.",
        ChooseYesNo = "Kies ja of nee.",
        ChooseOption = "Kies een van de antwoorden.",
        ScaleRange = "Kies een cijfer van {0} tot en met {1}.",
        FillIn = "Vul dit in.",
        NotANumber = "Vul een getal in, bijvoorbeeld 32 of 32,5.",
        NumberRange = "Vul een getal in van {0} tot en met {1}.",
        NumberStep = "Rond het getal af op stappen van {0}.",
        TooLong = "Deze tekst is te lang: maximaal {0} tekens, nu {1}. Maak de tekst wat korter.",
        FormBroken = "Er ging iets mis met het formulier. Open de link opnieuw en probeer het nog eens.",
        ThankYouTitle = "Bedankt!",
        ThankYouCandidate = "Je antwoorden zijn goed aangekomen. Je IPS-begeleider kijkt ernaar en neemt ze mee in jullie "
            + "volgende gesprek. Je kunt deze pagina nu sluiten.",
        ThankYouSupervisor = "Uw antwoorden zijn goed aangekomen. De IPS-begeleider neemt ze mee in het volgende gesprek met u en "
            + "de medewerker. U kunt deze pagina nu sluiten.",
        LinkNotValidTitle = "Deze link werkt niet",
        LinkNotValid = "Deze link werkt niet meer, of hij is niet goed gekopieerd. Misschien is de vragenlijst ook niet meer "
            + "nodig. Vragen? Neem contact op met de IPS-begeleider.",
        ExpiredTitle = "Deze link is verlopen",
        Expired = "De tijd om deze vragenlijst in te vullen is voorbij. Dat is niet erg: de volgende check-in komt met "
            + "een nieuwe link. Is er toch iets wat de IPS-begeleider moet weten? Neem dan contact op.",
        AnsweredTitle = "Deze vragenlijst is al ingevuld",
        Answered = "Bedankt, de antwoorden zijn al binnen. Iets vergeten of iets veranderen? Neem contact op met de "
            + "IPS-begeleider.",
        ProblemTitle = "Er ging iets mis",
        ProblemBack = "Terug naar de vragenlijst",
        ProblemNoBack = "Ga met de terugknop van de browser terug naar de vorige pagina, of open de link opnieuw.",
        LinkRefused = "Er zijn vanaf dit apparaat te veel links geprobeerd die niet bestaan. Wacht een kwartier en open dan "
            + "de link uit je bericht opnieuw. Lukt het niet? Vraag je jobcoach om een nieuwe link.",
        Unreadable = "De antwoorden konden niet gelezen worden. Ga terug en probeer het opnieuw.",
        TooMuchText = "Dat was te veel tekst in één keer. Maak je antwoorden wat korter en probeer het opnieuw.",
        TryAgainTitle = "Even niet gelukt",
        TryAgainHeading = "Dit lukt nu even niet",
        TryAgainUnknown = "Er ging iets mis aan onze kant. We weten nog niet of wat je net verstuurde is bewaard. "
            + "Probeer het zo nog eens: ga terug en druk nog een keer op dezelfde knop, dan zie je of het gelukt is. "
            + "Wat je eerder opsloeg, blijft bewaard.",
        TryAgainLater = "Er ging iets mis aan onze kant. Probeer het zo nog eens.",
        NotSavedRace = "Je antwoorden op deze pagina zijn nog niet bewaard: de vragenlijst werd op hetzelfde moment ergens "
            + "anders bijgewerkt. Ze staan hieronder nog; probeer het nog eens.",
        UrgentHelp = "Heb je dringend hulp nodig? Bel je IPS-begeleider of je huisarts. Denk je aan zelfdoding? Bel 113 of "
            + "gratis 0800-0113. Je kunt ook chatten op 113.nl.",
        CheckTitle = "Klopt dit?",
        CheckConfirm = "Ja, dit klopt",
        CheckHoursAboveContract = "Je hebt {0} uur ingevuld voor vorige week, en je contract is {1} uur per week. Klopt dit? Pas het "
            + "getal aan, of kies ‘Ja, dit klopt’.",
        CheckManyHours = "Je hebt {0} uur ingevuld voor vorige week. Dat is veel. Klopt dit? Pas het getal aan, of kies ‘Ja, "
            + "dit klopt’.",
        KeptPrevious = "Het antwoord bij ‘{0}’ (stap {1}) klopte niet. Het vorige antwoord is bewaard.",
        KeptPreviousValue = "Het antwoord bij ‘{0}’ (stap {1}) klopte niet. Het vorige antwoord is bewaard: {2}.",
        KeptNothing = "Het antwoord bij ‘{0}’ (stap {1}) klopte niet en is niet bewaard.",
        UrgentHelpTitle = "Snel hulp nodig?",
        UrgentHelpCall = "Je antwoorden worden niet meteen gelezen. Heb je snel hulp nodig? Bel dan je IPS-begeleider{0} of je "
            + "huisarts.",
        UrgentHelpCoachName = " {0}",
        UrgentHelpCoachPhone = " {0} op {1}",
        UrgentHelpSuicide = "Denk je aan zelfmoord? Bel {0} of gratis {1}. Dat kan dag en nacht.",
        SuicideLines = ["113", "0800-0113"],
        AboutTitle = "Over wie gaat deze vragenlijst?",
        AboutEmployee = "Medewerker",
        AboutJob = "Functie",
        AboutStart = "Begonnen op",
        AboutCoach = "IPS-begeleider",
    };
}
