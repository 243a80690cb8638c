namespace IpsMonitor.Workspace;

/// <summary>The words of education, trial decisions and the reasons of job ends and discharges on the candidate page.</summary>
public sealed partial record StaffText
{
    /// <summary>The empty first option of a required choice: nothing is chosen for the coach.</summary>
    public required string ChooseOne { get; init; }
    public required string ReasonNote { get; init; }
    public required string TrialDecisionDate { get; init; }
    public required string EducationTitle { get; init; }
    public required string NoEducation { get; init; }
    public required string NewEducation { get; init; }
    public required string EducationKindQuestion { get; init; }
    public required string EducationGoalQuestion { get; init; }
    public required string EducationIsGoal { get; init; }
    public required string EducationNextToWork { get; init; }
    public required string EndEducation { get; init; }
    public required IReadOnlyDictionary<EducationKind, string> EducationKindLabels { get; init; }
    public required IReadOnlyDictionary<TrialOutcome, string> TrialOutcomeLabels { get; init; }
    public required IReadOnlyDictionary<JobEndReason, string> JobEndReasonLabels { get; init; }
    public required IReadOnlyDictionary<DischargeReason, string> DischargeReasonLabels { get; init; }

    public string EducationKindLabel(EducationKind kind) => Label(EducationKindLabels, kind);

    public string TrialOutcomeLabel(TrialOutcome outcome) => Label(TrialOutcomeLabels, outcome);

    /// <summary>A reason with its note; a row from before the catalogue shows its own text as the note of "other".</summary>
    public string ReasonLabel(Reason<JobEndReason> reason) => WithNote(Label(JobEndReasonLabels, reason.Code), reason.Note);

    public string ReasonLabel(Reason<DischargeReason> reason) => WithNote(Label(DischargeReasonLabels, reason.Code), reason.Note);

    /// <summary>A structured decision with its date, or the free text recorded before decisions had a structure.</summary>
    public string TrialDecisionLabel(TrialDecisionRecord? decision) => decision switch
    {
        null => NoDecisionYet,
        { Outcome: { } outcome, Date: var date } => TrialOutcomeLabel(outcome) + " · " + StaffLayout.Date(date, this),
        _ => decision.FreeText ?? NoDecisionYet,
    };

    private static string WithNote(string label, string? note) => note is null ? label : label + ": " + note;

    /// <summary>The options of a catalogue in declaration order, labelled in this language.</summary>
    internal static IReadOnlyList<Choice> Choices<TValue>(IReadOnlyDictionary<TValue, string> labels) where TValue : struct, Enum =>
        [.. Enum.GetValues<TValue>().Select(v => new Choice(v.ToString(), Label(labels, v)))];
}
