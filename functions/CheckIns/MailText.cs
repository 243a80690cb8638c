namespace IpsMonitor.CheckIns;

/// <summary>
/// The mails respondents get, one record per language (as UiText): short, warm, B1, the link and nothing personal. "Je"
/// for candidates, "u" for supervisors, as the questionnaires do. {0} is the link, {1} the last day it works (to the end of that day).
/// </summary>
/// <param name="Lang">The language code, for the HTML part's lang attribute (screen readers pick their voice by
/// it).</param>
public sealed record MailText(
    string Lang, string DateFormat, string CandidateSubject, string CandidateBody, string SupervisorSubject,
    string SupervisorBody, string CandidateReminderSubject, string CandidateReminderBody,
    string SupervisorReminderSubject, string SupervisorReminderBody)
    : ITextRecord
{
    /// <summary>Every mail language, read from MailText.nl.json and the files next to it.</summary>
    internal static readonly TextTable<MailText> Table = TextTable<MailText>.Load(Languages.Respondent);

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
