using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>
/// The Dutch labels of stored values. Properties, not fields: the language records in the other files read them while
/// the type starts, and a property is ready whatever order the files are compiled in.
/// </summary>
public sealed partial record StaffText
{
    private static Dictionary<string, string> NlStatuses => new()
    {
        ["active"] = "In IPS",
        [CandidateDtos.Looking] = "Zoekt werk",
        [CandidateDtos.Working] = "Aan het werk",
        [CandidateDtos.Discharged] = "Uitgestroomd",
        ["all"] = "Iedereen",
    };

    private static Dictionary<string, string> NlSignals => new()
    {
        [SignalTypes.DevelopmentStagnation] = "Ontwikkeling staat stil",
        [SignalTypes.Decline] = "Achteruitgang",
        [SignalTypes.HoursGap] = "Wil meer uren",
        [SignalTypes.Overload] = "Overbelasting",
        [SignalTypes.PerspectivesDiverge] = "Kijk verschilt",
        [SignalTypes.NoResponse] = "Geen reactie",
        [SignalTypes.TimelineNoJobStart] = "Nog geen baan",
        [SignalTypes.TimelineJobEndedContact] = "Baan beëindigd: contact",
        [SignalTypes.TimelineNoCheckInSinceStart] = "Geen check-in sinds start",
        [SignalTypes.TimelineTrialPastEnd] = "Proefplaatsing verlopen",
        [SignalTypes.TimelineAdjustmentReviewDue] = "Aanpassing evalueren",
    };

    private static Dictionary<SignalSeverity, string> NlSeverities => new()
    {
        [SignalSeverity.Urgent] = "Dringend",
        [SignalSeverity.Attention] = "Aandacht",
        [SignalSeverity.Info] = "Info",
    };

    private static Dictionary<PlacementKind, string> NlKinds => new()
    {
        [PlacementKind.Regular] = "Regulier",
        [PlacementKind.Doelgroepbaan] = "Doelgroepbaan",
        [PlacementKind.Proefplaatsing] = "Proefplaatsing",
        [PlacementKind.Werkervaringsplek] = "Werkervaringsplek",
        [PlacementKind.Other] = "Anders",
    };

    private static Dictionary<Caseload.Disclosure, string> NlDisclosures => new()
    {
        [Caseload.Disclosure.None] = "Niet open",
        [Caseload.Disclosure.ViaIpsOnly] = "Alleen dat het via IPS gaat",
        [Caseload.Disclosure.SupervisorOnly] = "Open naar de leidinggevende, niet naar collega's",
        [Caseload.Disclosure.Full] = "Helemaal open",
    };

    private static Dictionary<AdjustmentKind, string> NlAdjustments => new()
    {
        [AdjustmentKind.FewerHours] = "Minder uren",
        [AdjustmentKind.LaterHours] = "Latere werktijden",
        [AdjustmentKind.ExtraBreaks] = "Extra pauzes",
        [AdjustmentKind.ClearSingleTasks] = "Duidelijke losse taken",
        [AdjustmentKind.MoreTimePerTask] = "Meer tijd per taak",
        [AdjustmentKind.FixedContactPerson] = "Vaste aanspreekpersoon",
        [AdjustmentKind.QuietWorkplace] = "Rustige werkplek",
        [AdjustmentKind.JobCarving] = "Jobcarving",
        [AdjustmentKind.StepwiseBuildUp] = "Stapsgewijs opbouwen",
        [AdjustmentKind.Other] = "Anders",
    };

    private static Dictionary<AdjustmentStatus, string> NlAdjustmentStatuses => new()
    {
        [AdjustmentStatus.Active] = "loopt",
        [AdjustmentStatus.Extended] = "verlengd",
        [AdjustmentStatus.Reversed] = "teruggedraaid",
    };

    private static Dictionary<InvitationState, string> NlStates => new()
    {
        [InvitationState.Open] = "Open",
        [InvitationState.Answered] = "Ingevuld",
        [InvitationState.Missed] = "Gemist",
        [InvitationState.Cancelled] = "Vervallen",
    };

    private static Dictionary<string, string> NlDimensions => new()
    {
        ["work_ability"] = "Werkvermogen (0–10)",
        ["fit"] = "Past het werk (1–5)",
        ["task_growth"] = "Nieuwe taken (nee 0, ja 1)",
        ["independence"] = "Zelfstandig werken (1–5)",
        ["hours"] = "Uren gewerkt vorige week",
    };
}
