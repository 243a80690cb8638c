namespace IpsMonitor.Tests.Signals;

public sealed class LifecycleTests
{
    private static readonly DateTimeOffset Monday = new(2025, 6, 2, 9, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset Tuesday = Monday.AddDays(1);

    private static SignalFinding Finding(string key, SignalSeverity severity = SignalSeverity.Attention, string value = "1") =>
        new(key.Split(':')[0], severity, key, new TrialPastEndFacts(new DateOnly(2025, 6, 1), 1),
            [new Evidence("c1", new DateOnly(2025, 6, 1), "item", value)], SignalRules.RuleVersion);

    private static Func<string> Ids()
    {
        var next = 0;
        return () => $"sig-{++next}";
    }

    private static List<StoredSignal> Apply(IReadOnlyList<StoredSignal> stored, ReconcilePlan plan)
    {
        var byId = stored.ToDictionary(s => s.Id);
        foreach (var signal in plan.ToOpen.Concat(plan.ToUpdate).Concat(plan.ToResolve))
            byId[signal.Id] = signal;
        return [.. byId.Values];
    }

    [Fact]
    public void NewFindingsOpenSignalsInKeyOrderWithIdsFromTheCaller()
    {
        var plan = SignalLifecycle.Reconcile([], [Finding("no_response:candidate"), Finding("hours_gap:job-1")], "k-001", Monday, Ids());

        Assert.Equal(["hours_gap:job-1", "no_response:candidate"], plan.ToOpen.Select(s => s.Key));
        Assert.Equal(["sig-1", "sig-2"], plan.ToOpen.Select(s => s.Id));
        Assert.All(plan.ToOpen, s => Assert.Equal((Monday, (DateTimeOffset?)null, "k-001"), (s.OpenedAt, s.ResolvedAt, s.CandidateId)));
        Assert.Empty(plan.ToUpdate);
        Assert.Empty(plan.ToResolve);
    }

    [Fact]
    public void ReconcilingTheSameFindingsAgainChangesNothing()
    {
        var findings = new[] { Finding("hours_gap:job-1") };
        var stored = Apply([], SignalLifecycle.Reconcile([], findings, "k-001", Monday, Ids()));

        var again = SignalLifecycle.Reconcile(stored, [Finding("hours_gap:job-1")], "k-001", Tuesday, Ids());

        Assert.True(again.IsEmpty);
    }

    [Fact]
    public void AStillOpenConditionIsRefreshedAndKeepsItsOpeningAndAcknowledgement()
    {
        var stored = Apply([], SignalLifecycle.Reconcile([], [Finding("no_response:candidate")], "k-001", Monday, Ids()));
        stored = [stored[0] with { AcknowledgedAt = Monday.AddHours(1), AcknowledgedBy = "coach-1", AcknowledgementNote = "Gebeld, gaat goed" }];

        var plan = SignalLifecycle.Reconcile(stored, [Finding("no_response:candidate", SignalSeverity.Urgent, "2")], "k-001", Tuesday, Ids());

        var updated = Assert.Single(plan.ToUpdate);
        Assert.Equal(("sig-1", SignalSeverity.Urgent, Monday), (updated.Id, updated.Severity, updated.OpenedAt));
        Assert.Equal(("coach-1", "Gebeld, gaat goed"), (updated.AcknowledgedBy, updated.AcknowledgementNote));
        Assert.Equal("2", updated.Evidence[0].Value);
        Assert.Empty(plan.ToOpen);
    }

    [Fact]
    public void AConditionThatClearedIsResolvedAndKeptAsHistory()
    {
        var stored = Apply([], SignalLifecycle.Reconcile([], [Finding("hours_gap:job-1"), Finding("overload:job-1")], "k-001", Monday, Ids()));

        var plan = SignalLifecycle.Reconcile(stored, [Finding("overload:job-1")], "k-001", Tuesday, Ids());

        var resolved = Assert.Single(plan.ToResolve);
        Assert.Equal(("hours_gap:job-1", (DateTimeOffset?)Tuesday, Monday), (resolved.Key, resolved.ResolvedAt, resolved.OpenedAt));
        Assert.Empty(plan.ToOpen);
        Assert.Empty(plan.ToUpdate);
    }

    [Fact]
    public void AConditionThatReturnsOpensANewSignalAndLeavesTheOldOneResolved()
    {
        var ids = Ids();
        var stored = Apply([], SignalLifecycle.Reconcile([], [Finding("hours_gap:job-1")], "k-001", Monday, ids));
        stored = Apply(stored, SignalLifecycle.Reconcile(stored, [], "k-001", Tuesday, ids));

        var plan = SignalLifecycle.Reconcile(stored, [Finding("hours_gap:job-1")], "k-001", Tuesday.AddDays(30), ids);

        var reopened = Assert.Single(plan.ToOpen);
        Assert.Equal(("sig-2", Tuesday.AddDays(30)), (reopened.Id, reopened.OpenedAt));
        Assert.Empty(plan.ToUpdate);
        Assert.Empty(plan.ToResolve);
        Assert.Equal(Tuesday, stored.Single(s => s.Id == "sig-1").ResolvedAt);
    }

    [Fact]
    public void OtherCandidatesSignalsAreLeftAlone()
    {
        var someoneElse = Apply([], SignalLifecycle.Reconcile([], [Finding("hours_gap:job-9")], "k-002", Monday, Ids()));

        var plan = SignalLifecycle.Reconcile(someoneElse, [], "k-001", Tuesday, Ids());

        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void ADuplicateOpenSignalForOneKeyIsResolvedAndTheOldestStays()
    {
        var first = SignalLifecycle.Reconcile([], [Finding("hours_gap:job-1")], "k-001", Monday, () => "sig-a").ToOpen[0];
        var duplicate = first with { Id = "sig-b", OpenedAt = Tuesday };

        var plan = SignalLifecycle.Reconcile([duplicate, first], [Finding("hours_gap:job-1")], "k-001", Tuesday, Ids());

        Assert.Equal("sig-b", Assert.Single(plan.ToResolve).Id);
        Assert.Empty(plan.ToUpdate);
        Assert.Empty(plan.ToOpen);
    }

    [Fact]
    public void FactsHoldingAListThatCameBackFromStorageAreTheSameFacts()
    {
        var facts = new AdjustmentReviewFacts([IpsMonitor.Caseload.AdjustmentKind.ExtraBreaks], new DateOnly(2025, 6, 1));
        var finding = Finding("timeline_adjustment_review_due:job-1") with { Facts = facts };
        var stored = Apply([], SignalLifecycle.Reconcile([], [finding], "k-001", Monday, Ids()));
        stored = [stored[0] with { Facts = IpsMonitor.Platform.Json.Read<SignalFacts>(IpsMonitor.Platform.Json.Write(stored[0].Facts)) }];

        var again = SignalLifecycle.Reconcile(stored, [finding with { Facts = facts with { Kinds = [.. facts.Kinds] } }],
            "k-001", Tuesday, Ids());

        Assert.True(again.IsEmpty);
    }

    [Fact]
    public void AnOpenSignalStoredBeforeFactsTakesTheFactsOfItsConditionAndKeepsItsOpening()
    {
        var recorded = new RecordedSentences(new Dictionary<string, string> { ["nl"] = "Oude uitleg.", ["en"] = "Old explanation." });
        var stored = Apply([], SignalLifecycle.Reconcile([], [Finding("hours_gap:job-1")], "k-001", Monday, Ids()));
        stored = [stored[0] with { Facts = recorded }];

        var plan = SignalLifecycle.Reconcile(stored, [Finding("hours_gap:job-1")], "k-001", Tuesday, Ids());

        var updated = Assert.Single(plan.ToUpdate);
        Assert.Equal(("sig-1", Monday), (updated.Id, updated.OpenedAt));
        Assert.IsType<TrialPastEndFacts>(updated.Facts);
        Assert.Empty(plan.ToOpen);
    }
}
