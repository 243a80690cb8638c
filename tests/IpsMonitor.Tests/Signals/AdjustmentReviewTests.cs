using static IpsMonitor.Tests.Signals.HistoryBuilder;

namespace IpsMonitor.Tests.Signals;

/// <summary>The adjustment review signal under decisions: each adjustment as it stood on the evaluated day.</summary>
public sealed class AdjustmentReviewTests
{
    private static readonly Adjustment Breaks =
        new(AdjustmentKind.ExtraBreaks, null, D("2025-02-03"), D("2025-06-01"), AdjustmentStatus.Active) { Id = "a1" };

    private static SignalFinding? Due(Adjustment adjustment, string day) =>
        TestScales.Evaluate(new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"), adjustments: [adjustment]).Build(), D(day))
            .Find("timeline_adjustment_review_due:job-1");

    [Fact]
    public void AnExtensionClosesTheReviewUntilItsNewDateAndAReplayOfEarlierDaysSeesTheFirstDate()
    {
        var extended = Breaks.Decide(new AdjustmentDecision(AdjustmentDecisionKind.Extend, D("2025-06-10"), "coach-a", "Helpt",
            D("2025-09-01"), Breaks.ReviewDate));

        Assert.Equal((AdjustmentStatus.Extended, D("2025-09-01")), (extended.Status, extended.ReviewDate));
        Assert.NotNull(Due(extended, "2025-06-05"));
        Assert.Null(Due(extended, "2025-06-10"));
        Assert.Null(Due(extended, "2025-09-01"));
        Assert.Equal([D("2025-09-01")], Due(extended, "2025-09-02")?.Evidence.Select(e => e.Date));
    }

    [Fact]
    public void KeepingOrReversingEndsTheReviewAndEveryDecisionStaysInTheHistory()
    {
        var kept = Breaks.Decide(new AdjustmentDecision(AdjustmentDecisionKind.Keep, D("2025-06-03"), "coach-a", "Nodig", null, Breaks.ReviewDate));
        var reversed = kept.Decide(new AdjustmentDecision(AdjustmentDecisionKind.Reverse, D("2025-08-01"), null, "Niet meer nodig", null,
            kept.ReviewDate));

        Assert.Null(Due(kept, "2026-01-01"));
        Assert.Null(Due(reversed, "2026-01-01"));
        Assert.Equal([AdjustmentDecisionKind.Keep, AdjustmentDecisionKind.Reverse], reversed.Decisions.Select(d => d.Decision));
        Assert.Equal(AdjustmentStatus.Kept, reversed.AsOf(D("2025-07-01")).Status);
        Assert.Equal(AdjustmentStatus.Active, reversed.AsOf(D("2025-06-02")).Status);
        Assert.False(reversed.Decidable);
    }

    [Fact]
    public void AWholeListSentAgainKeepsTheIdsAndHistoryOfTheAdjustmentsItStillHolds()
    {
        var decided = Breaks.Decide(new AdjustmentDecision(AdjustmentDecisionKind.Keep, D("2025-06-03"), "coach-a", "Nodig", null, Breaks.ReviewDate));
        var quiet = new Adjustment(AdjustmentKind.QuietWorkplace, null, D("2025-03-01"), D("2025-09-01"), AdjustmentStatus.Active) { Id = "a2" };
        var sent = new[]
        {
            new Adjustment(AdjustmentKind.FewerHours, null, D("2025-03-01"), D("2025-09-01"), AdjustmentStatus.Active),
            Breaks with { Id = "" },
        };

        var replaced = AdjustmentIds.Replace([decided, quiet], sent);

        Assert.Equal(["a3", "a1"], replaced.Select(a => a.Id));
        Assert.Single(replaced[1].Decisions);
        Assert.Empty(replaced[0].Decisions);
    }
}
