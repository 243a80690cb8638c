namespace IpsMonitor.Workspace;

/// <summary>
/// The words of the adjustment and supervisor parts of the job forms, and of an adjustment's review history, one record
/// per staff language (AdjustmentText.nl.json, AdjustmentText.en.json); chosen like StaffText.
/// </summary>
/// <param name="DecisionLabels">A decision's label in a list to choose from.</param>
/// <param name="DecisionLines">A decision in the history: {0} the day, {1} who, {2} the effect, {3} the new review
/// date, {4} the one before.</param>
public sealed record AdjustmentText(
    string Lang, string AdjustmentsLegend, string AdjustmentsHint, string Row, string Kind, string ChooseKind,
    string Description, string From, string ReviewDate, string SupervisorLegend, string ChooseDisclosure,
    string ConsentQuestion, string SupervisorEmail, string FirstName, string FirstNameShown, string FirstNameHint, string Add, string Review,
    string Decision, string ChooseDecision, string NewReviewDate, string Effect, string DecidedOn, string SaveDecision,
    string History, string ByCoordinator,
    IReadOnlyDictionary<Caseload.AdjustmentDecisionKind, string> DecisionLabels,
    IReadOnlyDictionary<Caseload.AdjustmentDecisionKind, string> DecisionLines)
    : ITextRecord
{
    internal static readonly TextTable<AdjustmentText> Table = TextTable<AdjustmentText>.Load(Languages.Staff);

    public static AdjustmentText For(string lang) => Table.For(lang);
}
