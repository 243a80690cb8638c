namespace IpsMonitor.Caseload;

public enum PlacementKind
{
    Regular,
    Doelgroepbaan,
    Proefplaatsing,
    Werkervaringsplek,
    Other,
}

/// <summary>Openheid: how far the candidate chose to disclose their vulnerability at this job. Never required.</summary>
public enum Disclosure
{
    None,
    ViaIpsOnly,
    SupervisorOnly,
    Full,
}

/// <summary>
/// The rule that ties supervisor contact to openheid: every message to a supervisor reveals that IPS is involved, so consent
/// to contact needs a disclosure of at least "via IPS only". With disclosure none the supervisor may not be contacted at all.
/// </summary>
internal static class DisclosureRule
{
    public static bool AllowsSupervisorContact(this Disclosure disclosure) => disclosure != Disclosure.None;

    /// <summary>The error for both fields of the contradiction, in a client developer's words.</summary>
    public static ErrorCode Contradiction(string consentField, string disclosureField) => new(ErrorCodes.ContactNeedsDisclosure,
        $"Supervisor contact reveals that IPS is involved, so {consentField} = true needs {disclosureField} viaIpsOnly, supervisorOnly or full. "
        + $"With {disclosureField} none, set {consentField} to false.");
}

/// <summary>
/// A job (plaatsing). Competitive jobs are the employment outcome; other placements are recorded and reported separately.
/// A start counts as a job start once at least 4 paid hours are recorded: contract hours of 4 or more, or a confirmation.
/// </summary>
public sealed record Job(
    string Id,
    string CandidateId,
    string Employer,
    string JobTitle,
    string Sector,
    DateOnly StartDate,
    decimal ContractHoursPerWeek,
    bool Competitive,
    PlacementKind Kind,
    bool FourPaidHoursConfirmed,
    DateOnly? TrialEndDate,
    string? TrialGoals,
    string? TrialDecision,
    DateOnly? EndDate,
    string? EndReason,
    IReadOnlyList<Adjustment> Adjustments,
    Disclosure Disclosure,
    SupervisorContact Supervisor)
{
    public bool CountsAsJobStart => ContractHoursPerWeek >= 4 || FourPaidHoursConfirmed;

    /// <summary>The note beside the catalogue reason in <see cref="EndReason"/>; null without one.</summary>
    public string? EndReasonNote { get; init; }

    /// <summary>The day the trial decision in <see cref="TrialDecision"/> was taken; null on rows with free text.</summary>
    public DateOnly? TrialDecisionDate { get; init; }

    /// <summary>Why the job ended, from the catalogue; a row from before it reads as "other" with its text as the note.</summary>
    public Reason<JobEndReason>? Ending => Reasons.Read<JobEndReason>(EndReason, EndReasonNote);

    /// <summary>The trial's structured decision, or its free text from before the structure (readable, never counted).</summary>
    public TrialDecisionRecord? Trial => TrialDecisions.Read(TrialDecision, TrialDecisionDate);

    public bool IsOpenOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate >= day);

    /// <summary>
    /// The contract hours with the day each took effect, oldest first, so a figure for a past date uses the hours of that
    /// date. Empty on rows from before the history existed: they have only their current hours.
    /// </summary>
    public IReadOnlyList<HoursChange> HoursHistory { get; init; } = [];

    /// <summary>The driegesprekken recorded about this job, oldest first; empty on rows from before they were recorded.</summary>
    public IReadOnlyList<Driegesprek> Driegesprekken { get; init; } = [];

    /// <summary>The latest recorded driegesprek, or null when none is recorded.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Driegesprek? LastDriegesprek => Driegesprekken.Count == 0 ? null : Driegesprekken[^1];

    /// <summary>The contract hours per week on a day: the latest change on or before it, else the first recorded hours.</summary>
    public decimal HoursOn(DateOnly day)
    {
        if (HoursHistory.Count == 0)
            return ContractHoursPerWeek;
        var hours = HoursHistory[0].Hours;
        foreach (var change in HoursHistory)
            if (change.From <= day)
                hours = change.Hours;
        return hours;
    }

    /// <summary>The history with new hours from a day on: a change on the same day replaces that day's, and the first
    /// change of a row without history keeps the hours it had as from the job's start.</summary>
    public IReadOnlyList<HoursChange> WithHours(decimal hours, DateOnly from)
    {
        var history = HoursHistory.Count > 0 ? HoursHistory.ToList() : [new HoursChange(StartDate, ContractHoursPerWeek)];
        var day = from < StartDate ? StartDate : from;
        history.RemoveAll(h => h.From >= day);
        history.Add(new HoursChange(day, hours));
        return history;
    }

    /// <summary>
    /// Whether a supervisor check-in may exist for this job: consent, a known supervisor, and a disclosure that allows contact.
    /// Checked again wherever an invitation is created, mailed or opened, so data stored before the rule existed is safe too.
    /// </summary>
    public bool SupervisorMayBeInvited => Disclosure.AllowsSupervisorContact() && Supervisor.CanBeInvited;

    /// <summary>Consent that still stands: given, and with a disclosure that allows contact.</summary>
    public bool SupervisorConsentStands => Disclosure.AllowsSupervisorContact() && Supervisor.Consent;

    /// <summary>
    /// Whether the job runs for its supervisor on a day: started, and not ended on or before it. A job ended today has no
    /// supervisor to ask any more (its end cancels their check-ins); an end date ahead leaves the supervisor's part running
    /// until then.
    /// </summary>
    public bool RunsForSupervisorOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate > day);

    /// <summary>Whether this job's supervisor may be asked on a day: a running job, consent and a supervisor on record.</summary>
    public bool SupervisorMayBeAskedOn(DateOnly day) => SupervisorMayBeInvited && RunsForSupervisorOn(day);
}

/// <summary>Contract hours per week from a day on.</summary>
public sealed record HoursChange(DateOnly From, decimal Hours);

/// <summary>
/// The supervisor of one job and the candidate's consent to contact them. Consent is its own yes/no and can be withdrawn
/// at any time; ConsentChangedAt records when it last changed.
/// </summary>
public sealed record SupervisorContact(bool Consent, DateTimeOffset? ConsentChangedAt, string? Name, string? Email)
{
    public static readonly SupervisorContact None = new(false, null, null, null);

    /// <summary>
    /// The candidate's first name as the supervisor may see it on the check-in page, so a supervisor with two IPS employees
    /// knows whom it is about. Recorded by the coach only with the candidate's consent for exactly this; null shows none.
    /// Cleared when consent for supervisor contact is withdrawn.
    /// </summary>
    public string? CandidateFirstName { get; init; }

    /// <summary>A supervisor check-in needs consent and a known supervisor; without an e-mail address the coach hands the link over.</summary>
    public bool CanBeInvited => Consent && (!string.IsNullOrWhiteSpace(Email) || !string.IsNullOrWhiteSpace(Name));
}
