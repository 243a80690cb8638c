namespace IpsMonitor.Workspace;

/// <summary>
/// The candidate page as the coach reads it, every value worded in the reader's language. The forms are left out when the
/// candidate has been discharged.
/// </summary>
public sealed record CandidateView(
    StaffChrome Chrome, string Title, string PrintLine, bool ShowSaved, IReadOnlyList<Fact> Facts, IpsMonitor.DataRights.ErasureNoticeModel DataRights,
    HandoverView? Handover, DriegesprekView? Driegesprek, IReadOnlyList<JobView> Jobs, IReadOnlyList<SignalView> OpenSignals,
    IReadOnlyList<SignalView> ResolvedSignals, IReadOnlyList<HistoryLine> History, CandidateFormsView Forms, bool Discharged)
{
    public IReadOnlyList<EducationView> Education { get; init; } = [];

    /// <summary>The coach's latest logged contacts; null on a page that does not show the log.</summary>
    public ContactsView? Contacts { get; init; }

    /// <summary>The coach's latest observations; null on a page that does not show them.</summary>
    public ObservationsView? Observations { get; init; }
    /// <summary>The candidate's own goals and talk points ("Mijn ontwikkeling").</summary>
    public CandidateVoiceView? Voice { get; init; }

    /// <summary>The running job's fit review at the end of its onboarding, while that end is near.</summary>
    public FitReviewView? FitReview { get; init; }

    /// <summary>
    /// The candidate's code beside the coach's own reference in the heading, in small type on a line of its own: 34
    /// characters at heading size would wrap over several lines on a phone.
    /// </summary>
    public string? TitleCode { get; init; }

    /// <summary>The driegesprek record of the running job: its form, open agreements and recorded talks; null without one.</summary>
    public DriegesprekRecordView? DriegesprekRecord { get; init; }

    /// <summary>The saved notice's own words when a form did more than save (a summary mailed); null: the usual "saved".</summary>
    public string? SavedMessage { get; init; }
}

/// <summary>A term and its value in a list of facts.</summary>
public sealed record Fact(string Term, string Value);

/// <summary>"Vragenlijst nu klaarzetten": whether the current job's supervisor can be asked.</summary>
/// <summary>Whom a link can be for: the candidate, and the supervisor of each running job that may be asked (value: job id).</summary>
public sealed record HandoverView(IReadOnlyList<Choice> Supervisors);

/// <summary>What every form of the page shares: where it posts, its token, the form sent back with errors, and the lists.</summary>
public sealed record CandidateFormsView(
    StaffText Text, string Action, FormToken Token, PostedForm? Posted, string Today,
    IReadOnlyList<Choice> Disclosures, IReadOnlyList<Choice> Kinds, IReadOnlyList<Choice> Sectors);

/// <summary>One job card with the values its forms start from.</summary>
public sealed record JobView(
    string Id, string Heading, IReadOnlyList<Fact> Facts, IReadOnlyList<AdjustmentLine> Adjustments, string Disclosure,
    string Supervisor, bool Changeable, JobFormValues Values)
{
    /// <summary>An end is recorded (ahead or past): the job is not ended again, so the card does not offer it.</summary>
    public bool EndRecorded { get; init; }
}

/// <summary>A job's stored values as its forms show them.</summary>
public sealed record JobFormValues(
    bool IsTrial, string ContractHours, bool FourPaidHoursConfirmed, string? TrialEndDate, string? TrialGoals,
    string? TrialDecision, string Disclosure, bool SupervisorConsent, string? SupervisorName)
{
    /// <summary>The day of a structured decision, as the date field reads it.</summary>
    public string? TrialDecisionDate { get; init; }

    /// <summary>The first name the candidate lets the supervisor see, if any.</summary>
    public string? CandidateFirstName { get; init; }
}

/// <summary>One education: what and when, and whether it still runs (then it can be ended).</summary>
public sealed record EducationView(string Id, string Text, bool Open);

/// <summary>
/// An adjustment: what, since and until when, whether its review is due, its status, its earlier decisions in words, and
/// whether it can still be decided on (not once reversed).
/// </summary>
public sealed record AdjustmentLine(
    string Id, string Name, string Text, bool ReviewDue, string Status, IReadOnlyList<string> History, bool Decidable);

/// <summary>
/// A signal card: what, why, when, the evidence in words, the stored facts behind it (item codes, ids, rule version) for
/// the technical details, and who acknowledged it.
/// </summary>
public sealed record SignalView(
    string Id, string Type, string Severity, string SeverityLabel, string Label, string Explanation, string Dates,
    bool Resolved, IReadOnlyList<string> Evidence, IReadOnlyList<string> Technical, IReadOnlyList<string> Acknowledgements,
    bool CanAcknowledge);

/// <summary>One check-in of the history table.</summary>
public sealed record HistoryLine(string Due, string Respondent, string State, string Reminded, string Answered);
