namespace IpsMonitor.Workbooks;

/// <summary>
/// Outcomes beyond the job figures, per quarter: education (an IPS-O and IPS-A+O outcome), trial placements converted
/// into a contract, and why jobs and trajectories ended, counted from their catalogues.
/// </summary>
internal sealed record ProgressFigures(
    int EducationStarts,
    int EducationStartsAsGoal,
    int InEducationAtEnd,
    Ratio WorkOrEducation,
    int TrialsContract,
    int TrialsExtended,
    int TrialsStopped,
    IReadOnlyList<int> JobEndingsByReason,
    IReadOnlyList<int> DischargesByReason)
{
    public static readonly ProgressFigures Empty = new(0, 0, 0, Ratio.Empty, 0, 0, 0,
        [.. Enum.GetValues<JobEndReason>().Select(_ => 0)], [.. Enum.GetValues<DischargeReason>().Select(_ => 0)]);

    public int TrialsDecided => TrialsContract + TrialsExtended + TrialsStopped;

    /// <summary>Trials decided "contract" out of all trials decided in the quarter.</summary>
    public Ratio TrialConversion => new(TrialsContract, TrialsDecided);

    public int Discharges => DischargesByReason.Sum();

    /// <summary>By value, the counts per reason too: the same data gives equal figures, as every other figure does.</summary>
    public bool Equals(ProgressFigures? other) => other is not null
        && (EducationStarts, EducationStartsAsGoal, InEducationAtEnd, WorkOrEducation, TrialsContract, TrialsExtended, TrialsStopped)
            == (other.EducationStarts, other.EducationStartsAsGoal, other.InEducationAtEnd, other.WorkOrEducation,
                other.TrialsContract, other.TrialsExtended, other.TrialsStopped)
        && JobEndingsByReason.SequenceEqual(other.JobEndingsByReason) && DischargesByReason.SequenceEqual(other.DischargesByReason);

    public override int GetHashCode() => HashCode.Combine(EducationStarts, InEducationAtEnd, WorkOrEducation, TrialsDecided, Discharges);
}

/// <summary>The progress figures of one quarter, in one pass over the candidates, their education and their jobs.</summary>
internal static class ProgressCalculator
{
    public static ProgressFigures Compute(CaseloadIndex index, Quarter quarter)
    {
        int starts = 0, asGoal = 0, inEducation = 0, combined = 0, combinedActive = 0, contract = 0, extended = 0, stopped = 0;
        var endings = new int[Enum.GetValues<JobEndReason>().Length];
        var discharges = new int[Enum.GetValues<DischargeReason>().Length];
        foreach (var candidate in index.Ordered)
        {
            var firstReferral = index.FirstReferralOf(candidate.Id);
            var learning = false;
            foreach (var education in candidate.Education)
            {
                // As with jobs: education the candidate brought in at referral is not a start the programme achieved.
                if (quarter.Contains(education.StartDate) && education.StartDate >= firstReferral)
                {
                    starts++;
                    asGoal += education.IsGoal ? 1 : 0;
                }
                learning |= education.IsOpenBetween(quarter.Start, quarter.End);
            }
            if (OutcomeRules.IsActiveOn(candidate, quarter.End) && candidate.Education.Any(e => e.IsOpenOn(quarter.End)))
                inEducation++;

            var working = false;
            foreach (var job in index.JobsOf(candidate.Id))
            {
                working |= OutcomeRules.IsCountingCompetitive(job) && OutcomeRules.IsOpenDuring(job, quarter);
                if (OutcomeRules.IsCountingCompetitive(job) && job.EndDate is { } end && quarter.Contains(end))
                    endings[(int)(job.Ending?.Code ?? JobEndReason.Other)]++;
                if (job.Kind == PlacementKind.Proefplaatsing && job.Trial is { Outcome: { } outcome, Date: { } decided }
                    && quarter.Contains(decided))
                {
                    contract += outcome == TrialOutcome.Contract ? 1 : 0;
                    extended += outcome == TrialOutcome.Extended ? 1 : 0;
                    stopped += outcome == TrialOutcome.Stopped ? 1 : 0;
                }
            }
            foreach (var referral in candidate.Referrals)
                if (referral.DischargeDate is { } discharged && quarter.Contains(discharged))
                    discharges[(int)(referral.Discharge?.Code ?? DischargeReason.Other)]++;

            if (index.ModelOf(candidate.CoachId) == CoachModel.IpsAO && OutcomeRules.RelevantReferral(candidate, quarter) is not null)
            {
                combinedActive++;
                combined += working || learning ? 1 : 0;
            }
        }
        return new ProgressFigures(starts, asGoal, inEducation, new Ratio(combined, combinedActive), contract, extended, stopped,
            endings, discharges);
    }
}
