using System.Text.Json.Serialization;

namespace IpsMonitor.Workbooks;

/// <summary>
/// The driegesprek loop of one quarter: recent driegesprekken after onboarding, active development goals, adjustments
/// reviewed on time, agreements completed on time, and the coach's contacts with candidates in work. Counts only, never
/// a candidate id, so the quarter's stored figures can hold them.
/// </summary>
internal sealed record LoopFigures(
    Ratio RecentDriegesprek,
    Ratio DevelopmentGoal,
    Ratio AdjustmentsReviewedOnTime,
    Ratio AgreementsDoneOnTime,
    int ContactsInWork,
    int CandidatesInWork,
    double MonthsInWork)
{
    public static readonly LoopFigures Empty = new(Ratio.Empty, Ratio.Empty, Ratio.Empty, Ratio.Empty, 0, 0, 0);

    /// <summary>Logged contacts per month in work; null without anyone in work in the quarter.</summary>
    [JsonIgnore]
    public double? ContactsPerMonth => MonthsInWork > 0 ? ContactsInWork / MonthsInWork : null;
}

/// <summary>
/// A candidate's development goal ("Mijn ontwikkeling") as the figures read it: whose, its state now, and the days it was
/// written and last changed (in the programme's zone). Never its text. A removed goal is gone from storage.
/// </summary>
internal sealed record GoalFact(string CandidateId, Development.GoalState State, DateOnly WrittenOn, DateOnly ChangedOn)
{
    /// <summary>Active on the day: written by then, and not reached by then (still active, or reached later).</summary>
    public bool IsActiveOn(DateOnly day) => WrittenOn <= day && (State == Development.GoalState.Active || ChangedOn > day);
}

/// <summary>A logged contact as the figures read it: whose, and the day. The note, topics and coach are never read.</summary>
internal sealed record LoggedContact(string CandidateId, DateOnly ContactedOn);
