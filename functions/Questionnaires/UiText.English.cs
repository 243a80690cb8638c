using IpsMonitor.Platform;

namespace IpsMonitor.Questionnaires;

public sealed partial record UiText
{
    private static UiText CreateEnglish() => new()
    {
        Lang = Languages.English,
        Colon = ": ",
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
        ThankYouCandidate = "Your answers have arrived. Your IPS job coach will look at them and bring them into your next "
            + "conversation. You can close this page now.",
        ThankYouSupervisor = "Your answers have arrived. The IPS job coach will bring them into the next meeting with you and the "
            + "employee. You can close this page now.",
        LinkNotValidTitle = "This link does not work",
        LinkNotValid = "This link no longer works, or it was not copied correctly. Perhaps the questionnaire is no longer "
            + "needed. Questions? Please contact the IPS job coach.",
        ExpiredTitle = "This link has expired",
        Expired = "The time to fill in this questionnaire has passed. That is fine: the next check-in comes with a new "
            + "link. Is there something the IPS job coach should know? Then please get in touch.",
        AnsweredTitle = "This questionnaire has already been filled in",
        Answered = "Thank you, the answers are already in. Forgot something or want to change something? Please contact "
            + "the IPS job coach.",
        ProblemTitle = "Something went wrong",
        ProblemBack = "Back to the questionnaire",
        ProblemNoBack = "Use the browser's back button to return to the previous page, or open the link again.",
        LinkRefused = "Too many links that do not exist were tried from this device. Wait a quarter of an hour, then open "
            + "the link from your message again. Still not working? Ask your job coach for a new link.",
        Unreadable = "The answers could not be read. Please go back and try again.",
        TooMuchText = "That was too much text at once. Please shorten your answers and try again.",
        TryAgainTitle = "Not just now",
        TryAgainHeading = "This did not work just now",
        TryAgainUnknown = "Something went wrong on our side. We do not know yet whether what you just sent was saved. "
            + "Please try again in a moment: go back and press the same button once more, and you will see whether it "
            + "worked. What you saved before is kept.",
        TryAgainLater = "Something went wrong on our side. Please try again in a moment.",
        NotSavedRace = "Your answers on this page have not been saved yet: the questionnaire was being changed at the same "
            + "moment. They are still below; please try again.",
        UrgentHelp = "Do you need help urgently? Call your IPS job coach or your GP. Are you thinking about suicide? Call "
            + "113 or, free of charge, 0800-0113. You can also chat at 113.nl.",
        CheckTitle = "Is this right?",
        CheckConfirm = "Yes, this is right",
        CheckHoursAboveContract = "You filled in {0} hours for last week, and your contract is {1} hours a week. Is this right? Change "
            + "the number, or choose ‘Yes, this is right’.",
        CheckManyHours = "You filled in {0} hours for last week. That is a lot. Is this right? Change the number, or choose "
            + "‘Yes, this is right’.",
        KeptPrevious = "The answer to ‘{0}’ (step {1}) was not valid. The previous answer was kept.",
        KeptPreviousValue = "The answer to ‘{0}’ (step {1}) was not valid. The previous answer was kept: {2}.",
        KeptNothing = "The answer to ‘{0}’ (step {1}) was not valid and was not kept.",
        UrgentHelpTitle = "Need help soon?",
        UrgentHelpCall = "Your answers are not read straight away. Do you need help soon? Then call your IPS job coach{0} or "
            + "your GP.",
        UrgentHelpCoachName = " {0}",
        UrgentHelpCoachPhone = " {0} on {1}",
        UrgentHelpSuicide = "Are you thinking about suicide? Call {0} or {1} (free), day and night.",
        SuicideLines = ["113", "0800-0113"],
        AboutTitle = "Who is this questionnaire about?",
        AboutEmployee = "Employee",
        AboutJob = "Job",
        AboutStart = "Started on",
        AboutCoach = "IPS job coach",
    };
}
