using IpsMonitor.Questionnaires;

namespace IpsMonitor.Development;

public sealed partial record DevelopmentText
{
    private static DevelopmentText CreateDutch() => new()
    {
        Ui = UiText.Dutch,
        Title = "Mijn ontwikkeling",
        Intro = "Hier zie je je eigen antwoorden uit de check-ins, door de tijd heen. Zo zie je wat er verandert en "
            + "waar je aan wilt werken.",
        NotShared = "Je leidinggevende ziet deze antwoorden niet. Je IPS-begeleider wel: jullie kunnen ze samen "
            + "bespreken.",
        NoCheckIns = "Je hebt nog geen check-in ingevuld. Na je eerste check-in zie je hier je antwoorden.",
        FirstCheckIn = "Dit is je eerste check-in. Na de volgende check-in zie je hier wat er verandert.",
        LastCheckIns = "Je ziet je laatste {0} check-ins.",
        SummaryTitle = "In het kort",
        ChartOne = "1 check-in, op {0}: {1}.",
        ChartMany = "{0} check-ins. De eerste, op {1}: {2}. De laatste, op {3}: {4}.",
        ThankYouLink = "Bekijk je eigen ontwikkeling",
        LinkNotValidTitle = "Deze link werkt niet",
        LinkNotValid = "Deze link werkt niet meer. Misschien is hij verlopen. Vraag je IPS-begeleider om een nieuwe link.",
        WorkAbility = new("Werkvermogen", "Een cijfer van 0 tot 10: hoe werken je nu lukt, vergeleken met je beste tijd.",
            "Je werkvermogen is gegroeid: van {0} naar {1}.",
            "Je werkvermogen is ongeveer gelijk gebleven: nu {1}.",
            "Je werkvermogen was de laatste keer lager dan eerder: van {0} naar {1}. Dat gebeurt soms. Je IPS-begeleider denkt graag met je mee."),
        Energy = new("Energie", "Van 1 (bijna niets over) tot 5 (heel veel over) aan het eind van je dag.",
            "Je hebt meer energie over aan het eind van je dag dan eerder.",
            "Je energie aan het eind van je dag is ongeveer gelijk gebleven.",
            "Je hebt de laatste tijd minder energie over. Bespreek gerust met je IPS-begeleider wat je kan helpen."),
        Satisfaction = new("Tevreden met je werk", "Van 1 (helemaal niet tevreden) tot 5 (heel tevreden).",
            "Je bent meer tevreden over je werk dan eerder.",
            "Hoe tevreden je bent over je werk, is ongeveer gelijk gebleven.",
            "Je bent de laatste tijd minder tevreden over je werk. Dat is goed om te weten: je kunt het bespreken met je IPS-begeleider."),
        Fit = new("Past je werk bij je?", "Van 1 (past nog niet) tot 5 (past heel goed).",
            "Je werk past beter bij je dan eerder.",
            "Hoe goed je werk bij je past, is ongeveer gelijk gebleven.",
            "Je werk past de laatste tijd minder goed bij je. Samen met je IPS-begeleider kun je kijken wat beter past."),
        HoursTitle = "Uren per week",
        HoursHint = "De uren die je werkte, en de uren die je graag zou werken.",
        HoursWorked = "gewerkt",
        HoursWanted = "gewenst",
        HoursValue = "{0} uur gewerkt, {1} uur gewenst",
        HoursMore = "Je wilt graag meer uren werken ({1} uur) dan nu ({0} uur). Daar kun je samen met je IPS-begeleider "
            + "aan werken.",
        HoursFewer = "Je wilt graag minder uren werken ({1} uur) dan nu ({0} uur). Ook dat is goed om te bespreken.",
        HoursMatch = "Je werkt ongeveer zoveel uren als je wilt.",
        GrowthTitle = "Leren en groeien",
        LearnedNew = "Iets nieuws geleerd",
        NewTasks = "Nieuwe taken gekregen",
        HasGoals = "Een doel voor jezelf",
        GoalsYes = "Je hebt een doel voor jezelf. Daar kun je stap voor stap aan werken.",
        Stop = new("Deze link is persoonlijk: hij is alleen voor jou. Stuur hem niet door. Iedereen die de link heeft, kan "
                + "deze pagina zien. Heeft iemand anders hem gekregen, of wil je hem niet meer? Stop de link dan zelf.",
            "Deze link stoppen",
            "Wil je je link stoppen?",
            "Daarna werkt de link niet meer, voor jou en voor iedereen die hem heeft. Je antwoorden blijven bewaard. Je "
                + "IPS-begeleider kan je een nieuwe link geven.",
            "Ja, stop deze link",
            "Nee, ga terug",
            "Je link is gestopt",
            "Deze link werkt niet meer, voor niemand. Je antwoorden blijven bewaard. Wil je je ontwikkeling weer zien? "
                + "Vraag je IPS-begeleider om een nieuwe link."),
        GoalsNo = "Wil je een doel kiezen om aan te werken? Je IPS-begeleider helpt je graag.",
    };
}
