using IpsMonitor.Platform;

namespace IpsMonitor.Workspace;

/// <summary>
/// The words of the adjustment and supervisor parts of the job forms, and of an adjustment's review history, one record
/// per staff language (AdjustmentText.nl.json, AdjustmentText.en.json); chosen like StaffText.
/// </summary>
public sealed record AdjustmentText : ITextRecord
{
    public required string Lang { get; init; }
    public required string AdjustmentsLegend { get; init; }
    public required string AdjustmentsHint { get; init; }
    public required string Row { get; init; }
    public required string Kind { get; init; }
    public required string ChooseKind { get; init; }
    public required string Description { get; init; }
    public required string From { get; init; }
    public required string ReviewDate { get; init; }
    public required string SupervisorLegend { get; init; }
    public required string ChooseDisclosure { get; init; }
    public required string ConsentQuestion { get; init; }
    public required string SupervisorEmail { get; init; }
    public required string FirstName { get; init; }
    public required string FirstNameHint { get; init; }
    public required string Add { get; init; }
    public required string Review { get; init; }
    public required string Decision { get; init; }
    public required string ChooseDecision { get; init; }
    public required string NewReviewDate { get; init; }
    public required string Effect { get; init; }
    public required string DecidedOn { get; init; }
    public required string SaveDecision { get; init; }
    public required string History { get; init; }
    public required string ByCoordinator { get; init; }

    /// <summary>A decision's label in a list to choose from.</summary>
    public required IReadOnlyDictionary<Caseload.AdjustmentDecisionKind, string> DecisionLabels { get; init; }

    /// <summary>A decision in the history: {0} the day, {1} who, {2} the effect, {3} the new review date, {4} the one before.</summary>
    public required IReadOnlyDictionary<Caseload.AdjustmentDecisionKind, string> DecisionLines { get; init; }

    internal static readonly TextTable<AdjustmentText> Table = TextTable<AdjustmentText>.Load(Languages.Staff);

    public static AdjustmentText For(string lang) => Table.For(lang);
}
