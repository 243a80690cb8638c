using IpsMonitor.Questionnaires;

namespace IpsMonitor.Development;

public sealed partial record DevelopmentText
{
    private static DevelopmentText CreateEnglish() => new()
    {
        Ui = UiText.English,
        Title = "My development",
        Intro = "Here you see your own answers from the check-ins, over time. So you can see what changes and what "
            + "you want to work on.",
        NotShared = "Your supervisor does not see these answers. Your IPS job coach does: you can talk about them "
            + "together.",
        NoCheckIns = "You have not filled in a check-in yet. After your first check-in you will see your answers here.",
        FirstCheckIn = "This is your first check-in. After the next one you will see here what changes.",
        LastCheckIns = "You see your last {0} check-ins.",
        SummaryTitle = "In short",
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
        HoursMore = "You would like to work more hours ({1}) than now ({0}). You can work on that together with your IPS "
            + "job coach.",
        HoursFewer = "You would like to work fewer hours ({1}) than now ({0}). That is good to talk about too.",
        HoursMatch = "You work about as many hours as you want.",
        GrowthTitle = "Learning and growing",
        LearnedNew = "Learned something new",
        NewTasks = "Got new tasks",
        HasGoals = "A goal for yourself",
        GoalsYes = "You have a goal for yourself. You can work on it step by step.",
        Stop = new("This link is personal: it is only for you. Do not send it on. Anyone who has the link can see this page. "
                + "Did someone else get it, or do you no longer want it? Stop the link yourself.",
            "Stop this link",
            "Stop your link?",
            "After this the link no longer works, for you and for anyone who has it. Your answers are kept. Your IPS job "
                + "coach can give you a new link.",
            "Yes, stop this link",
            "No, go back",
            "Your link is stopped",
            "This link no longer works, for anyone. Your answers are kept. Would you like to see your development again? "
                + "Ask your IPS job coach for a new link."),
        GoalsNo = "Would you like to choose a goal to work on? Your IPS job coach is glad to help.",
    };
}
