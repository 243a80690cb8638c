namespace IpsMonitor.Workspace;

/// <summary>
/// The words of a recorded driegesprek: the form that records it, the agenda's lists of last time's agreements and the
/// adjustment decisions, the forms that mark an agreement done, and the recorded talks. One record per staff language
/// (DriegesprekText.nl.json, DriegesprekText.en.json).
/// </summary>
/// <param name="AgreementRow">{0} the row's number.</param>
/// <param name="LastAgreements">{0} the day of the last talk.</param>
/// <param name="AgreementLine">{0} what, {1} who, {2} the due date, {3} its state.</param>
/// <param name="DoneState">{0} the day it was done.</param>
/// <param name="HistoryLines">{0} the adjustment, {1} the day, {2} the effect, {3} the new review date.</param>
/// <param name="TalkHeading">{0} the day of the talk.</param>
/// <param name="HoursPlanLine">{0} from, {1} to (hours a week), {2} by when.</param>
/// <param name="SharedOn">{0} the day the candidate agreed to share the summary, {1} the coach who recorded it.</param>
/// <param name="SummaryTitle">{0} the day of the talk.</param>
/// <param name="SummaryAgreementLine">{0} what, {1} who, {2} the due date.</param>
/// <param name="MailHint">{0} the supervisor's name.</param>
/// <param name="SummaryEmployee">{0} the candidate's first name, only where the coach recorded one the supervisor may see.</param>
/// <param name="SummaryCoach">{0} the coach's name with phone and e-mail as recorded: how the supervisor reaches the coach.</param>
public sealed record DriegesprekText(
    string Lang, string RecordTitle, string RecordHint, string Date, string Participants,
    IReadOnlyDictionary<Caseload.TalkParticipant, string> ParticipantLabels,
    string AgreementsLegend, string AgreementsHint, string AgreementRow, string AgreementText, string Owner, string ChooseOwner,
    IReadOnlyDictionary<Caseload.AgreementOwner, string> OwnerLabels, string DueDate,
    string DecisionsLegend, string DecisionsHint, string NotDiscussed, string NoAdjustments,
    string TasksLegend, string NewTasks, string TasksTakenAway, string HoursLegend, string HoursHint, string HoursFrom, string HoursTo,
    string HoursBy, string DevelopmentGoals, string NextDate, string Save,
    string LastAgreements, string NoTalkYet, string NoAgreements, string AgreementLine,
    IReadOnlyDictionary<Caseload.AgreementState, string> StateLabels, string DoneState,
    string AdjustmentHistory, string NoAdjustmentHistory, IReadOnlyDictionary<Caseload.AdjustmentDecisionKind, string> HistoryLines,
    string OpenAgreementsTitle, string DoneOn, string MarkDone,
    string RecordedTitle, string TalkHeading, string ParticipantsTerm, string AgreementsTerm, string DecisionsTerm, string NewTasksTerm,
    string TasksTakenAwayTerm, string HoursPlanTerm, string HoursPlanLine, string GoalsTerm, string NextDateTerm, string None,
    string CandidateAgreed, string Share, string SharedOn, string SummaryLink, string SummaryTitle, string SummaryAgreementLine,
    string NotShared, string MailSummary, string MailHint, string SummaryPrintHint, string BackToCandidate, string SummaryMailed,
    string SummaryEmployee, string SummaryCoach)
    : ITextRecord
{
    internal static readonly TextTable<DriegesprekText> Table = TextTable<DriegesprekText>.Load(Languages.Staff);

    public static DriegesprekText For(string lang) => Table.For(lang);
}
