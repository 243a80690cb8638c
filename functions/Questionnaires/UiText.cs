using IpsMonitor.Platform;
using System.Globalization;

namespace IpsMonitor.Questionnaires;

/// <summary>
/// The words around the questions, in every page language. One record per language, so a missing translation is a
/// compile error. Texts that speak to the reader use "je" for candidates and "u" for supervisors, as the definitions do;
/// texts shown before we know who is reading (a broken link) avoid both.
/// </summary>
internal sealed record UiText
{
    public required string Lang { get; init; }
    public required string LanguageName { get; init; }
    public required string StepOf { get; init; }
    public required string Optional { get; init; }
    public required string Next { get; init; }
    public required string Back { get; init; }
    public required string Submit { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string ErrorSummaryTitle { get; init; }
    public required string ErrorPrefix { get; init; }
    public required string OnStep { get; init; }
    public required string MaxLengthHint { get; init; }
    public required string Progress { get; init; }

    public required string ChooseAnswer { get; init; }
    public required string ChooseYesNo { get; init; }
    public required string ChooseOption { get; init; }
    public required string ScaleRange { get; init; }
    public required string FillIn { get; init; }
    public required string NotANumber { get; init; }
    public required string NumberRange { get; init; }
    public required string NumberStep { get; init; }
    public required string TooLong { get; init; }
    public required string FormBroken { get; init; }

    public required string ThankYouTitle { get; init; }
    public required string ThankYouCandidate { get; init; }
    public required string ThankYouSupervisor { get; init; }
    public required string LinkNotValidTitle { get; init; }
    public required string LinkNotValid { get; init; }
    public required string ExpiredTitle { get; init; }
    public required string Expired { get; init; }
    public required string AnsweredTitle { get; init; }
    public required string Answered { get; init; }
    public required string ProblemTitle { get; init; }
    public required string ProblemBack { get; init; }
    public required string ProblemNoBack { get; init; }

    /// <summary>The questionnaires are no crisis channel: candidate pages name where urgent help is (coach, GP, 113). One self-contained line.</summary>
    public required string UrgentHelp { get; init; }
    public required string CheckTitle { get; init; }
    public required string CheckConfirm { get; init; }
    public required string CheckHoursAboveContract { get; init; }
    public required string CheckManyHours { get; init; }
    public required string KeptPrevious { get; init; }
    public required string KeptPreviousValue { get; init; }
    public required string KeptNothing { get; init; }

    public required string UrgentHelpTitle { get; init; }
    public required string UrgentHelpCall { get; init; }
    public required string UrgentHelpCoachName { get; init; }
    public required string UrgentHelpCoachPhone { get; init; }
    public required string UrgentHelpSuicide { get; init; }

    public required string AboutTitle { get; init; }
    public required string AboutEmployee { get; init; }
    public required string AboutJob { get; init; }
    public required string AboutStart { get; init; }
    public required string AboutCoach { get; init; }

    /// <summary>The month names, January first, for dates written out ("1 september 2026").</summary>
    public required IReadOnlyList<string> Months { get; init; }

    public static readonly UiText Dutch = new()
    {
        Lang = Languages.Dutch,
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
        ThankYouCandidate = "Je antwoorden zijn goed aangekomen. Je IPS-begeleider kijkt ernaar en neemt ze mee in jullie volgende gesprek. Je kunt deze pagina nu sluiten.",
        ThankYouSupervisor = "Uw antwoorden zijn goed aangekomen. De IPS-begeleider neemt ze mee in het volgende gesprek met u en de medewerker. U kunt deze pagina nu sluiten.",
        LinkNotValidTitle = "Deze link werkt niet",
        LinkNotValid = "Deze link werkt niet meer, of hij is niet goed gekopieerd. Misschien is de vragenlijst ook niet meer nodig. Vragen? Neem contact op met de IPS-begeleider.",
        ExpiredTitle = "Deze link is verlopen",
        Expired = "De tijd om deze vragenlijst in te vullen is voorbij. Dat is niet erg: de volgende check-in komt met een nieuwe link. Is er toch iets wat de IPS-begeleider moet weten? Neem dan contact op.",
        AnsweredTitle = "Deze vragenlijst is al ingevuld",
        Answered = "Bedankt, de antwoorden zijn al binnen. Iets vergeten of iets veranderen? Neem contact op met de IPS-begeleider.",
        ProblemTitle = "Er ging iets mis",
        ProblemBack = "Terug naar de vragenlijst",
        ProblemNoBack = "Ga met de terugknop van de browser terug naar de vorige pagina, of open de link opnieuw.",
        UrgentHelp = "Heb je dringend hulp nodig? Bel je IPS-begeleider of je huisarts. Denk je aan zelfdoding? Bel 113 of gratis 0800-0113. Je kunt ook chatten op 113.nl.",
        CheckTitle = "Klopt dit?",
        CheckConfirm = "Ja, dit klopt",
        CheckHoursAboveContract = "Je hebt {0} uur ingevuld voor vorige week, en je contract is {1} uur per week. Klopt dit? Pas het getal aan, of kies ‘Ja, dit klopt’.",
        CheckManyHours = "Je hebt {0} uur ingevuld voor vorige week. Dat is veel. Klopt dit? Pas het getal aan, of kies ‘Ja, dit klopt’.",
        KeptPrevious = "Het antwoord bij ‘{0}’ (stap {1}) klopte niet. Het vorige antwoord is bewaard.",
        KeptPreviousValue = "Het antwoord bij ‘{0}’ (stap {1}) klopte niet. Het vorige antwoord is bewaard: {2}.",
        KeptNothing = "Het antwoord bij ‘{0}’ (stap {1}) klopte niet en is niet bewaard.",
        UrgentHelpTitle = "Snel hulp nodig?",
        UrgentHelpCall = "Je antwoorden worden niet meteen gelezen. Heb je snel hulp nodig? Bel dan je IPS-begeleider{0} of je huisarts.",
        UrgentHelpCoachName = " {0}",
        UrgentHelpCoachPhone = " {0} op {1}",
        UrgentHelpSuicide = "Denk je aan zelfmoord? Bel {0} of gratis {1}. Dat kan dag en nacht.",
        AboutTitle = "Over wie gaat deze vragenlijst?",
        AboutEmployee = "Medewerker",
        AboutJob = "Functie",
        AboutStart = "Begonnen op",
        AboutCoach = "IPS-begeleider",
        Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    };

    public static readonly UiText English = new()
    {
        Lang = Languages.English,
        LanguageName = "English",
        StepOf = "Step {0} of {1}",
        Optional = "(optional)",
        Next = "Next",
        Back = "Back",
        Submit = "Send",
        Yes = "Yes",
        No = "No",
        ErrorSummaryTitle = "Please check this",
        ErrorPrefix = "Error:",
        OnStep = "step {0}",
        MaxLengthHint = "At most {0} characters.",
        Progress = "Progress",
        ChooseAnswer = "Choose an answer.",
        ChooseYesNo = "Choose yes or no.",
        ChooseOption = "Choose one of the answers.",
        ScaleRange = "Choose a number from {0} to {1}.",
        FillIn = "Please fill this in.",
        NotANumber = "Enter a number, for example 32 or 32.5.",
        NumberRange = "Enter a number from {0} to {1}.",
        NumberStep = "Round the number to steps of {0}.",
        TooLong = "This text is too long: at most {0} characters, now {1}. Please make it a little shorter.",
        FormBroken = "Something went wrong with the form. Open the link again and try once more.",
        ThankYouTitle = "Thank you!",
        ThankYouCandidate = "Your answers have arrived. Your IPS job coach will look at them and bring them into your next conversation. You can close this page now.",
        ThankYouSupervisor = "Your answers have arrived. The IPS job coach will bring them into the next meeting with you and the employee. You can close this page now.",
        LinkNotValidTitle = "This link does not work",
        LinkNotValid = "This link no longer works, or it was not copied correctly. Perhaps the questionnaire is no longer needed. Questions? Please contact the IPS job coach.",
        ExpiredTitle = "This link has expired",
        Expired = "The time to fill in this questionnaire has passed. That is fine: the next check-in comes with a new link. Is there something the IPS job coach should know? Then please get in touch.",
        AnsweredTitle = "This questionnaire has already been filled in",
        Answered = "Thank you, the answers are already in. Forgot something or want to change something? Please contact the IPS job coach.",
        ProblemTitle = "Something went wrong",
        ProblemBack = "Back to the questionnaire",
        ProblemNoBack = "Use the browser's back button to return to the previous page, or open the link again.",
        UrgentHelp = "Do you need help urgently? Call your IPS job coach or your GP. Are you thinking about suicide? Call 113 or, free of charge, 0800-0113. You can also chat at 113.nl.",
        CheckTitle = "Is this right?",
        CheckConfirm = "Yes, this is right",
        CheckHoursAboveContract = "You filled in {0} hours for last week, and your contract is {1} hours a week. Is this right? Change the number, or choose ‘Yes, this is right’.",
        CheckManyHours = "You filled in {0} hours for last week. That is a lot. Is this right? Change the number, or choose ‘Yes, this is right’.",
        KeptPrevious = "The answer to ‘{0}’ (step {1}) was not valid. The previous answer was kept.",
        KeptPreviousValue = "The answer to ‘{0}’ (step {1}) was not valid. The previous answer was kept: {2}.",
        KeptNothing = "The answer to ‘{0}’ (step {1}) was not valid and was not kept.",
        UrgentHelpTitle = "Need help soon?",
        UrgentHelpCall = "Your answers are not read straight away. Do you need help soon? Then call your IPS job coach{0} or your GP.",
        UrgentHelpCoachName = " {0}",
        UrgentHelpCoachPhone = " {0} on {1}",
        UrgentHelpSuicide = "Are you thinking about suicide? Call {0} or {1} (free), day and night.",
        AboutTitle = "Who is this questionnaire about?",
        AboutEmployee = "Employee",
        AboutJob = "Job",
        AboutStart = "Started on",
        AboutCoach = "IPS job coach",
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    };

    public static UiText For(string lang) => Languages.Normalize(lang) == Languages.English ? English : Dutch;

    public string Format(string template, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args.Select(a => a is decimal d ? Number(d) : a).ToArray());

    /// <summary>A date written out: "1 september 2026" in Dutch, "1 September 2026" in English.</summary>
    public string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    /// <summary>A number as a reader writes it: "32,5" in Dutch, "32.5" in English, no trailing zeros.</summary>
    public string Number(decimal value)
    {
        var text = value.ToString("0.##########", CultureInfo.InvariantCulture);
        return Lang == Languages.Dutch ? text.Replace('.', ',') : text;
    }
}
