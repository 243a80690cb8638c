using IpsMonitor.Platform;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.Development;

/// <summary>
/// The words of "Mijn ontwikkeling", one record per language as <see cref="UiText"/> does. It speaks to the candidate
/// ("je"), at B1 level, and describes change as something to talk about and build on, never as a verdict.
/// </summary>
internal sealed record DevelopmentText
{
    public required UiText Ui { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string NotShared { get; init; }
    public required string NoCheckIns { get; init; }
    public required string FirstCheckIn { get; init; }
    public required string LastCheckIns { get; init; }
    public required string SummaryTitle { get; init; }
    public required string[] Months { get; init; }
    public required string ChartOne { get; init; }
    public required string ChartMany { get; init; }
    public required string ThankYouLink { get; init; }
    public required string LinkNotValidTitle { get; init; }
    public required string LinkNotValid { get; init; }

    public required Dimension WorkAbility { get; init; }
    public required Dimension Energy { get; init; }
    public required Dimension Satisfaction { get; init; }
    public required Dimension Fit { get; init; }

    public required string HoursTitle { get; init; }
    public required string HoursHint { get; init; }
    public required string HoursWorked { get; init; }
    public required string HoursWanted { get; init; }
    public required string HoursValue { get; init; }
    public required string HoursMore { get; init; }
    public required string HoursFewer { get; init; }
    public required string HoursMatch { get; init; }

    public required string GrowthTitle { get; init; }
    public required string LearnedNew { get; init; }
    public required string NewTasks { get; init; }
    public required string HasGoals { get; init; }
    public required string GoalsYes { get; init; }
    public required string GoalsNo { get; init; }

    /// <summary>One scale dimension: its heading, what the numbers mean, and a sentence for each direction of change.</summary>
    public sealed record Dimension(string Title, string Hint, string Up, string Same, string Down);

    public static readonly DevelopmentText Dutch = new()
    {
        Ui = UiText.Dutch,
        Title = "Mijn ontwikkeling",
        Intro = "Hier zie je je eigen antwoorden uit de check-ins, door de tijd heen. Zo zie je wat er verandert en waar je aan wilt werken.",
        NotShared = "Je leidinggevende ziet deze antwoorden niet. Je IPS-begeleider wel: jullie kunnen ze samen bespreken.",
        NoCheckIns = "Je hebt nog geen check-in ingevuld. Na je eerste check-in zie je hier je antwoorden.",
        FirstCheckIn = "Dit is je eerste check-in. Na de volgende check-in zie je hier wat er verandert.",
        LastCheckIns = "Je ziet je laatste {0} check-ins.",
        SummaryTitle = "In het kort",
        Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
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
        HoursMore = "Je wilt graag meer uren werken ({1} uur) dan nu ({0} uur). Daar kun je samen met je IPS-begeleider aan werken.",
        HoursFewer = "Je wilt graag minder uren werken ({1} uur) dan nu ({0} uur). Ook dat is goed om te bespreken.",
        HoursMatch = "Je werkt ongeveer zoveel uren als je wilt.",
        GrowthTitle = "Leren en groeien",
        LearnedNew = "Iets nieuws geleerd",
        NewTasks = "Nieuwe taken gekregen",
        HasGoals = "Een doel voor jezelf",
        GoalsYes = "Je hebt een doel voor jezelf. Daar kun je stap voor stap aan werken.",
        GoalsNo = "Wil je een doel kiezen om aan te werken? Je IPS-begeleider helpt je graag.",
    };

    public static readonly DevelopmentText English = new()
    {
        Ui = UiText.English,
        Title = "My development",
        Intro = "Here you see your own answers from the check-ins, over time. So you can see what changes and what you want to work on.",
        NotShared = "Your supervisor does not see these answers. Your IPS job coach does: you can talk about them together.",
        NoCheckIns = "You have not filled in a check-in yet. After your first check-in you will see your answers here.",
        FirstCheckIn = "This is your first check-in. After the next one you will see here what changes.",
        LastCheckIns = "You see your last {0} check-ins.",
        SummaryTitle = "In short",
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ChartOne = "1 check-in, on {0}: {1}.",
        ChartMany = "{0} check-ins. The first, on {1}: {2}. The last, on {3}: {4}.",
        ThankYouLink = "See your own development",
        LinkNotValidTitle = "This link does not work",
        LinkNotValid = "This link no longer works. Perhaps it has expired. Ask your IPS job coach for a new link.",
        WorkAbility = new("Work ability", "A number from 0 to 10: how working goes for you now, compared with your best time.",
            "Your work ability has grown: from {0} to {1}.",
            "Your work ability has stayed about the same: now {1}.",
            "Your work ability was lower last time than before: from {0} to {1}. That happens sometimes. Your IPS job coach is glad to think along with you."),
        Energy = new("Energy", "From 1 (hardly any left) to 5 (plenty left) at the end of your day.",
            "You have more energy left at the end of your day than before.",
            "Your energy at the end of your day has stayed about the same.",
            "You have had less energy left lately. Feel free to talk with your IPS job coach about what could help."),
        Satisfaction = new("Happy with your work", "From 1 (not happy at all) to 5 (very happy).",
            "You are happier with your work than before.",
            "How happy you are with your work has stayed about the same.",
            "You have been less happy with your work lately. That is good to know: you can talk about it with your IPS job coach."),
        Fit = new("Does your work fit you?", "From 1 (does not fit yet) to 5 (fits very well).",
            "Your work fits you better than before.",
            "How well your work fits you has stayed about the same.",
            "Your work has fitted you less well lately. Together with your IPS job coach you can look at what fits better."),
        HoursTitle = "Hours a week",
        HoursHint = "The hours you worked, and the hours you would like to work.",
        HoursWorked = "worked",
        HoursWanted = "wanted",
        HoursValue = "{0} hours worked, {1} hours wanted",
        HoursMore = "You would like to work more hours ({1}) than now ({0}). You can work on that together with your IPS job coach.",
        HoursFewer = "You would like to work fewer hours ({1}) than now ({0}). That is good to talk about too.",
        HoursMatch = "You work about as many hours as you want.",
        GrowthTitle = "Learning and growing",
        LearnedNew = "Learned something new",
        NewTasks = "Got new tasks",
        HasGoals = "A goal for yourself",
        GoalsYes = "You have a goal for yourself. You can work on it step by step.",
        GoalsNo = "Would you like to choose a goal to work on? Your IPS job coach is glad to help.",
    };

    public static DevelopmentText For(string lang) => Languages.Normalize(lang) == Languages.English ? English : Dutch;

    /// <summary>A date as people write it: "12 mei 2026", "12 May 2026".</summary>
    public string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";
}
