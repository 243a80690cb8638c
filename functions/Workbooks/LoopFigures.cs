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

/// <summary>A logged contact as the figures read it: whose, and the day. The note, topics and coach are never read.</summary>
internal sealed record LoggedContact(string CandidateId, DateOnly ContactedOn);
