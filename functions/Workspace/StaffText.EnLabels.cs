using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>
/// The English labels of stored values. Properties, not fields: the language records in the other files read them while
/// the type starts, and a property is ready whatever order the files are compiled in.
/// </summary>
public sealed partial record StaffText
{
    private static Dictionary<string, string> EnStatuses => new()
    {
        ["active"] = "In IPS",
        [CandidateDtos.Looking] = "Looking for work",
        [CandidateDtos.Working] = "In work",
        [CandidateDtos.Discharged] = "Discharged",
        ["all"] = "Everyone",
    };

    private static Dictionary<string, string> EnSignals => new()
    {
        [SignalTypes.DevelopmentStagnation] = "Development stagnation",
        [SignalTypes.Decline] = "Decline",
        [SignalTypes.HoursGap] = "Hours gap",
        [SignalTypes.Overload] = "Overload",
        [SignalTypes.PerspectivesDiverge] = "Perspectives diverge",
        [SignalTypes.NoResponse] = "No response",
        [SignalTypes.TimelineNoJobStart] = "No job start yet",
        [SignalTypes.TimelineJobEndedContact] = "Job ended: make contact",
        [SignalTypes.TimelineNoCheckInSinceStart] = "No check-in since job start",
        [SignalTypes.TimelineTrialPastEnd] = "Trial placement past its end",
        [SignalTypes.TimelineAdjustmentReviewDue] = "Adjustment review due",
    };

    private static Dictionary<SignalSeverity, string> EnSeverities => new()
    {
        [SignalSeverity.Urgent] = "Urgent",
        [SignalSeverity.Attention] = "Attention",
        [SignalSeverity.Info] = "Info",
    };

    private static Dictionary<PlacementKind, string> EnKinds => new()
    {
        [PlacementKind.Regular] = "Regular",
        [PlacementKind.Doelgroepbaan] = "Doelgroepbaan",
        [PlacementKind.Proefplaatsing] = "Trial placement (proefplaatsing)",
        [PlacementKind.Werkervaringsplek] = "Work experience (werkervaringsplek)",
        [PlacementKind.Other] = "Other",
    };

    private static Dictionary<Caseload.Disclosure, string> EnDisclosures => new()
    {
        [Caseload.Disclosure.None] = "Not disclosed",
        [Caseload.Disclosure.ViaIpsOnly] = "Only that it is through IPS",
        [Caseload.Disclosure.SupervisorOnly] = "Open to the supervisor, not to colleagues",
        [Caseload.Disclosure.Full] = "Fully open",
    };

    private static Dictionary<AdjustmentKind, string> EnAdjustments => new()
    {
        [AdjustmentKind.FewerHours] = "Fewer hours",
        [AdjustmentKind.LaterHours] = "Later hours",
        [AdjustmentKind.ExtraBreaks] = "Extra breaks",
        [AdjustmentKind.ClearSingleTasks] = "Clear single tasks",
        [AdjustmentKind.MoreTimePerTask] = "More time per task",
        [AdjustmentKind.FixedContactPerson] = "Fixed contact person",
        [AdjustmentKind.QuietWorkplace] = "Quiet workplace",
        [AdjustmentKind.JobCarving] = "Job carving",
        [AdjustmentKind.StepwiseBuildUp] = "Stepwise build-up",
        [AdjustmentKind.Other] = "Other",
    };

    private static Dictionary<AdjustmentStatus, string> EnAdjustmentStatuses => new()
    {
        [AdjustmentStatus.Active] = "active",
        [AdjustmentStatus.Extended] = "extended",
        [AdjustmentStatus.Reversed] = "reversed",
    };

    private static Dictionary<InvitationState, string> EnStates => new()
    {
        [InvitationState.Open] = "Open",
        [InvitationState.Answered] = "Answered",
        [InvitationState.Missed] = "Missed",
        [InvitationState.Cancelled] = "Cancelled",
    };

    private static Dictionary<string, string> EnDimensions => new()
    {
        ["work_ability"] = "Work ability (0–10)",
        ["fit"] = "Fit of the work (1–5)",
        ["task_growth"] = "New tasks (no 0, yes 1)",
        ["independence"] = "Works independently (1–5)",
        ["hours"] = "Hours worked last week",
    };
}
