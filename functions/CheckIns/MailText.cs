using IpsMonitor.Platform;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.CheckIns;

/// <summary>
/// The mails respondents get, one record per language (as UiText): short, warm, B1, the link and nothing personal. "Je"
/// for candidates, "u" for supervisors, as the questionnaires do. {0} is the link, {1} the last day it works (to the end of that day).
/// </summary>
public sealed record MailText : ITextRecord
{
    /// <summary>The language code, for the HTML part's lang attribute (screen readers pick their voice by it).</summary>
    public required string Lang { get; init; }
    public required string DateFormat { get; init; }
    public required string CandidateSubject { get; init; }
    public required string CandidateBody { get; init; }
    public required string SupervisorSubject { get; init; }
    public required string SupervisorBody { get; init; }
    public required string CandidateReminderSubject { get; init; }
    public required string CandidateReminderBody { get; init; }
    public required string SupervisorReminderSubject { get; init; }
    public required string SupervisorReminderBody { get; init; }

    public static readonly MailText Dutch = new()
    {
        Lang = Languages.Dutch,
        DateFormat = "dd-MM-yyyy",
        CandidateSubject = "Je korte vragenlijst staat klaar",
        CandidateBody = "Hoi,\n\nJe korte vragenlijst staat klaar. Het duurt een paar minuten.\n\n{0}\n\n"
            + "De link werkt tot en met {1}. Vragen? Neem contact op met je IPS-begeleider.\n",
        SupervisorSubject = "Korte check-in over de begeleiding op het werk",
        SupervisorBody = "Goedendag,\n\nMet toestemming van uw medewerker vragen wij u om een korte check-in (een paar minuten).\n\n"
            + "{0}\n\nDe link werkt tot en met {1}. Vragen? Neem contact op met de IPS-begeleider.\n",
        CandidateReminderSubject = "Herinnering: je vragenlijst staat nog klaar",
        CandidateReminderBody = "Hoi,\n\nJe vragenlijst staat nog voor je klaar. Het duurt maar een paar minuten. "
            + "Je antwoorden helpen jou en je IPS-begeleider.\n\n{0}\n\nDe link werkt tot en met {1}. "
            + "Geen tijd of geen zin? Dat is ook goed.\n",
        SupervisorReminderSubject = "Herinnering: korte check-in",
        SupervisorReminderBody = "Goedendag,\n\nDe korte check-in staat nog voor u klaar. Het duurt een paar minuten. "
            + "Dank u wel voor uw hulp.\n\n{0}\n\nDe link werkt tot en met {1}. Vragen? Neem contact op met de IPS-begeleider.\n",
    };

    public static readonly MailText English = new()
    {
        Lang = Languages.English,
        DateFormat = "yyyy-MM-dd",
        CandidateSubject = "Your short questionnaire is ready",
        CandidateBody = "Hi,\n\nYour short questionnaire is ready. It takes a few minutes.\n\n{0}\n\n"
            + "The link works until the end of {1}. Questions? Contact your IPS job coach.\n",
        SupervisorSubject = "Short check-in about support at work",
        SupervisorBody = "Hello,\n\nWith your employee's consent we ask you for a short check-in (a few minutes).\n\n"
            + "{0}\n\nThe link works until the end of {1}. Questions? Contact the IPS job coach.\n",
        CandidateReminderSubject = "Reminder: your questionnaire is still ready",
        CandidateReminderBody = "Hi,\n\nYour questionnaire is still waiting for you. It only takes a few minutes. "
            + "Your answers help you and your IPS job coach.\n\n{0}\n\nThe link works until the end of {1}. "
            + "No time or not in the mood? That is fine too.\n",
        SupervisorReminderSubject = "Reminder: short check-in",
        SupervisorReminderBody = "Hello,\n\nThe short check-in is still ready for you. It takes a few minutes. "
            + "Thank you for your help.\n\n{0}\n\nThe link works until the end of {1}. Questions? Contact the IPS job coach.\n",
    };

    public static readonly MailText French = new()
    {
        Lang = Languages.French,
        DateFormat = "dd/MM/yyyy",
        CandidateSubject = "Ton petit questionnaire est prêt",
        CandidateBody = "Bonjour,\n\nTon petit questionnaire est prêt. Il ne prend que quelques minutes.\n\n{0}\n\n"
            + "Le lien fonctionne jusqu’au {1} inclus. Des questions ? Contacte ton job coach IPS.\n",
        SupervisorSubject = "Court check-in sur l’accompagnement au travail",
        SupervisorBody = "Bonjour,\n\nAvec l’accord de la personne que vous employez, nous vous proposons un court check-in "
            + "(quelques minutes).\n\n{0}\n\nLe lien fonctionne jusqu’au {1} inclus. Des questions ? Contactez le job coach IPS.\n",
        CandidateReminderSubject = "Rappel : ton questionnaire t’attend encore",
        CandidateReminderBody = "Bonjour,\n\nTon questionnaire t’attend encore. Il ne prend que quelques minutes. "
            + "Tes réponses t’aident, toi et ton job coach IPS.\n\n{0}\n\nLe lien fonctionne jusqu’au {1} inclus. "
            + "Pas le temps ou pas envie ? Ce n’est pas grave.\n",
        SupervisorReminderSubject = "Rappel : court check-in",
        SupervisorReminderBody = "Bonjour,\n\nLe court check-in vous attend encore. Il prend quelques minutes. "
            + "Merci pour votre aide.\n\n{0}\n\nLe lien fonctionne jusqu’au {1} inclus. Des questions ? Contactez le job coach IPS.\n",
    };

    /// <summary>Every mail language (after the records: static fields start in the order they are written).</summary>
    internal static readonly TextTable<MailText> Table = new(Languages.Respondent, Dutch, English, French);

    public static MailText For(string? lang) => Table.For(Languages.Normalize(lang));

    /// <summary>Subject and plain-text body of one mail.</summary>
    internal (string Subject, string Body) Compose(Respondent respondent, bool reminder, string link, DateOnly until)
    {
        var (subject, body) = (respondent, reminder) switch
        {
            (Respondent.Candidate, false) => (CandidateSubject, CandidateBody),
            (Respondent.Candidate, true) => (CandidateReminderSubject, CandidateReminderBody),
            (_, false) => (SupervisorSubject, SupervisorBody),
            (_, true) => (SupervisorReminderSubject, SupervisorReminderBody),
        };
        var date = until.ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture);
        return (subject, string.Format(System.Globalization.CultureInfo.InvariantCulture, body, link, date));
    }
}
