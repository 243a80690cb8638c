namespace IpsMonitor.Workbooks;

/// <summary>
/// The pure quarterly computation: the same data, quarter and zone always give the same report. Touches no storage and no
/// clock, so the timer and the on-demand rebuild produce identical numbers.
/// </summary>
internal static class QuarterlyMetrics
{
    public static QuarterlyReport Compute(ProgrammeData data, Quarter quarter, TimeZoneInfo zone, OutcomePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(quarter);
        ArgumentNullException.ThrowIfNull(zone);
        policy ??= OutcomePolicy.Default;

        data = CompetitiveCorrection.Apply(data, policy, out var corrected);
        var index = new CaseloadIndex(data);
        var (byKind, bySector) = PlacementBreakdown.Compute(index, quarter);
        var (signals, openSignals) = SignalMetrics.Compute(data, index, quarter, zone);
        var (responses, scales, shared) = QuestionnaireMetrics.Compute(data, index, quarter, zone);

        // The loop figures need the contacts, which a build reads for these two quarters only.
        var current = OutcomeCalculator.Compute(index, quarter, policy.Today)
            with { Loop = LoopCalculator.Compute(index, quarter, data.Contacts, data.Goals, policy.Today) };
        var previous = OutcomeCalculator.Compute(index, quarter.Previous, policy.Today)
            with { Loop = LoopCalculator.Compute(index, quarter.Previous, data.Contacts, data.Goals, policy.Today) };
        return new QuarterlyReport(
            data.ProgrammeId,
            quarter,
            zone.Id,
            MetricDefinitions.DefinitionVersion,
            data.SignalRuleVersion,
            current,
            previous,
            CoachCaseload.Compute(data, index, quarter, policy.Norms),
            byKind,
            bySector,
            CandidateLines.Compute(index, quarter, openSignals),
            signals,
            responses,
            scales,
            shared)
        {
            Trend = QuarterTrend.Compute(index, quarter, current, previous),
            Policy = policy,
            PreviousByKind = PlacementBreakdown.Compute(index, quarter.Previous).ByKind,
            Corrected = corrected,
            ReminderResponses = ReminderMetrics.Compute(data, index, quarter, zone),
        };
    }
}
