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
