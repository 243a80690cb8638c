using System.Globalization;
using IpsMonitor.Development;
using IpsMonitor.Tests.Workspace;
using static IpsMonitor.Tests.Workbooks.WorkbookDownloads;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>
/// The driegesprek loop in the quarter's figures (issue 19, part 6): a small programme stored through the stores, read back
/// by the build's reader, every expected figure counted by hand from the lines below. The quarter is the last closed one.
/// </summary>
public sealed class LoopMetricsTests
{
    private static Job Job(string id, string candidateId, DateOnly start, DateOnly? end = null) =>
        new(id, candidateId, "Bakkerij", "Medewerker", "Voeding", start, 24, true, PlacementKind.Regular, false,
            null, null, null, end, end is null ? null : "Contract afgelopen", [], Disclosure.None, SupervisorContact.None);

    private static Driegesprek Talk(string id, DateOnly date, string? goals, params Agreement[] agreements) =>
        new(id, date, [TalkParticipant.Candidate, TalkParticipant.Supervisor, TalkParticipant.Coach], agreements, [], null, null, null,
            goals, date.AddMonths(3), "coach-a");

    private static Agreement Agreement(string id, DateOnly due, DateOnly? done) =>
        new(id, "Rooster samen doorlopen", AgreementOwner.Candidate, due) { DoneOn = done };

    /// <summary>Five candidates, all active on the quarter's last day; see each line for what they add.</summary>
    private static async Task<(StoredProgramme Seed, Quarter Q, LoopFigures Expected)> SeedAsync(TestProgramme p)
    {
        var seed = new StoredProgramme(p, TestProgramme.Id);
        var q = seed.Quarter;
        var (start, end) = (q.Start, q.End);
        var referral = start.AddDays(-800);

        // a: past onboarding, a driegesprek 2 months ago, a goal of her own. Agreements: one done on time, one late,
        // one due next quarter (not counted). Adjustment: extended before its review date (on time), then its new review
        // date passed undecided (late). Contacts: two in the quarter, two before it.
        var a = await seed.CandidateAsync("a", "coach-a", referral, employed: false);
        var extended = new Adjustment(AdjustmentKind.ExtraBreaks, null, start.AddDays(-100), start.AddDays(50), AdjustmentStatus.Extended)
        {
            Id = "a1",
            Decisions = [new AdjustmentDecision(AdjustmentDecisionKind.Extend, start.AddDays(5), "coach-a", "Helpt", start.AddDays(50), start.AddDays(10))],
        };
        await seed.SaveJobAsync(Job("ja", a, end.AddMonths(-12)) with
        {
            Adjustments = [extended],
            Driegesprekken = [Talk("t1", end.AddMonths(-2), "Leren plannen",
                Agreement("g1", start.AddDays(20), start.AddDays(18)), Agreement("g2", start.AddDays(30), start.AddDays(40)),
                Agreement("g3", end.AddDays(10), null))],
        });
        await seed.ContactAsync("c1", a, start.AddDays(3), ContactWith.Candidate);
        await seed.ContactAsync("c2", a, start.AddDays(60), ContactWith.Supervisor);
        await seed.ContactAsync("c3", a, start.AddDays(-5), ContactWith.Candidate);
        await seed.ContactAsync("c9", a, start.AddDays(-200), ContactWith.Candidate);
        await seed.GoalAsync("d1", a, start.AddDays(15), GoalState.Active, start.AddDays(15));

        // b: a job a month old on the last day (still in onboarding), a goal written after it. One contact in work, one before the job started.
        var b = await seed.CandidateAsync("b", "coach-a", referral, employed: false);
        var bStart = end.AddMonths(-1);
        await seed.SaveJobAsync(Job("jb", b, bStart));
        await seed.ContactAsync("c4", b, end.AddDays(-5), ContactWith.Both);
        await seed.ContactAsync("c5", b, start.AddDays(1), ContactWith.Candidate);
        await seed.GoalAsync("d1", b, end.AddDays(1), GoalState.Active, end.AddDays(1));

        // c: past onboarding, talks 8 and 7 months ago (not recent); her own goal reached in the quarter. Its agreement
        // due in the quarter was never done; its adjustment was kept ten days after its review date.
        var c = await seed.CandidateAsync("c", "coach-a", referral, employed: false);
        await seed.GoalAsync("d1", c, start.AddDays(-50), GoalState.Reached, start.AddDays(40));
        var kept = new Adjustment(AdjustmentKind.QuietWorkplace, null, start.AddDays(-200), start.AddDays(60), AdjustmentStatus.Kept)
        {
            Id = "a1",
            Decisions = [new AdjustmentDecision(AdjustmentDecisionKind.Keep, start.AddDays(70), "coach-a", "Rustiger", null, start.AddDays(60))],
        };
        await seed.SaveJobAsync(Job("jc", c, end.AddMonths(-24)) with
        {
            Adjustments = [kept],
            Driegesprekken = [Talk("t1", end.AddMonths(-8), "Meer klanten helpen"),
                Talk("t2", end.AddMonths(-7), null, Agreement("g1", start.AddDays(40), null))],
        });

        // d: looking for work; a contact that is not during work, and a point for the next talk.
        var d = await seed.CandidateAsync("d", "coach-a", referral, employed: false);
        await seed.ContactAsync("c6", d, start.AddDays(10), ContactWith.Candidate);
        await seed.PointAsync("p1", d, start.AddDays(10));

        // e: a job that ended on the quarter's 31st day, a goal reached after the last day; one contact while in work, one after.
        var e = await seed.CandidateAsync("e", "coach-a", referral, employed: false);
        await seed.SaveJobAsync(Job("je", e, start.AddDays(-300), start.AddDays(30)));
        await seed.ContactAsync("c7", e, start.AddDays(10), ContactWith.Candidate);
        await seed.ContactAsync("c8", e, start.AddDays(50), ContactWith.Candidate);
        await seed.GoalAsync("d1", e, start.AddDays(-20), GoalState.Reached, end.AddDays(2));

        var days = end.DayNumber - start.DayNumber + 1;
        var workDays = days + days + (end.DayNumber - bStart.DayNumber + 1) + 31;   // a, c whole; b from its start; e 31 days
        var expected = new LoopFigures(
            new Ratio(1, 2),   // past onboarding: a, c; recent talk: a
            new Ratio(2, 5),   // active: a–e; a goal active on the last day: a, e (c reached hers, b wrote his after it)
            new Ratio(1, 3),   // reviews in the quarter: a's two (one on time), c's one (late)
            new Ratio(1, 3),   // agreements due: a's g1 (on time), g2 (late); c's g1 (not done)
            4,                 // contacts in work: c1, c2 (a), c4 (b), c7 (e)
            4,                 // in work: a, b, c, e
            Math.Round(workDays * 3.0 / days, 4));
        return (seed, q, expected);
    }

    [Fact]
    public async Task EachLoopFigureOfAStoredProgrammeIsCountedByHandAndTheWorkbookShowsItBesideItsCounts()
    {
        await using var p = await TestProgramme.StartAsync();
        var (seed, q, expected) = await SeedAsync(p);

        var read = await p.Service<ProgrammeReader>().ReadAsync(TestProgramme.Id, q, CancellationToken.None);
        var report = QuarterlyMetrics.Compute(read, q, Quarter.Amsterdam);
        Assert.Equal(expected, report.Current.Loop);
        // The stored data gives what the records in memory give: nothing the figures need is lost on the way.
        Assert.Equal(expected, QuarterlyMetrics.Compute(seed.Expected(read.Coaches), q, Quarter.Amsterdam).Current.Loop);
        // The build reads the quarter's contacts and the previous quarter's only.
        Assert.Equal(8, read.Contacts.Count);
        Assert.DoesNotContain(read.Contacts, c => c.ContactedOn < q.Previous.Start);
        Assert.Equal(4, read.Goals.Count);   // the talk point is no goal
        Assert.Equal(9, (await p.Service<ProgrammeReader>().ReadAsync(TestProgramme.Id, CancellationToken.None)).Contacts.Count);

        using var file = WorkbookFile.Open(report, WorkbookVariant.Intern);
        var sheet = file.Worksheet(ProgressSheet.Name);
        double Value(string label) => WorkbookFile.Row(sheet, label).Cell(2).GetDouble();
        Assert.Equal((2, 1, 0.5), (Value(LoopDefinitions.PastOnboarding), Value(LoopDefinitions.RecentDriegesprek), Value(LoopDefinitions.RecentDriegesprekShare)));
        Assert.Equal((5, 2, 0.4), (Value(LoopDefinitions.Active), Value(LoopDefinitions.WithGoal), Value(LoopDefinitions.WithGoalShare)));
        Assert.Equal(3, Value(LoopDefinitions.ReviewsDue));
        Assert.Equal(1, Value(LoopDefinitions.ReviewedOnTime));
        Assert.Equal(1 / 3.0, Value(LoopDefinitions.ReviewedOnTimeShare), 6);
        Assert.Equal(3, Value(LoopDefinitions.AgreementsDue));
        Assert.Equal(1 / 3.0, Value(LoopDefinitions.AgreementsOnTimeShare), 6);
        Assert.Equal((4, 4), (Value(LoopDefinitions.CandidatesInWork), Value(LoopDefinitions.ContactsInWork)));
        Assert.Equal(expected.MonthsInWork, Value(LoopDefinitions.MonthsInWork), 6);
        Assert.Equal(4 / expected.MonthsInWork, Value(LoopDefinitions.ContactsPerMonth), 6);
        var definitions = file.Worksheet(DefinitionSheet.Name);
        foreach (var definition in LoopDefinitions.All)
            Assert.Contains("Bron", WorkbookFile.Row(definitions, definition.Name).Cell(2).GetString(), StringComparison.Ordinal);

        // Outside the team every one of these shares rests on a count under five: hidden, and the identities still hold.
        using var outside = WorkbookFile.Open(report, WorkbookVariant.Extern);
        var published = outside.Worksheet(ProgressSheet.Name);
        foreach (var label in new[]
        {
            LoopDefinitions.RecentDriegesprekShare, LoopDefinitions.WithGoalShare, LoopDefinitions.ReviewedOnTimeShare,
            LoopDefinitions.AgreementsOnTimeShare, LoopDefinitions.ContactsPerMonth, LoopDefinitions.ContactsInWork,
        })
            Assert.Equal(SmallCells.Mark, WorkbookFile.Row(published, label).Cell(2).GetString());
        ExternDerivationTests.Prove(report);
    }

    [Fact]
    public async Task TheQuarterPageShowsTheLoopFiguresWithTheirCountsAndTheStoredFiguresNameNoCandidate()
    {
        await using var p = await TestProgramme.StartAsync();
        var (seed, q, expected) = await SeedAsync(p);
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        // The page shows this quarter and the one before; the seeded quarter is the one before.
        var current = Quarter.FromInstant(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        Assert.Equal(q, current.Previous);
        await RebuildAsync(p.Coordinator, current);
        var page = Dom.Parse(await coordinator.PageAsync("quarter"));
        string Cell(string figure) => page.QuerySelectorAll($"[data-figure={figure}] td")[1].TextContent;
        var dutch = CultureInfo.GetCultureInfo("nl-NL");

        Assert.Contains("50,0%", Cell("recent-driegesprek"), StringComparison.Ordinal);
        Assert.Contains("1 van 2", Cell("recent-driegesprek"), StringComparison.Ordinal);
        Assert.Contains("40,0%", Cell("development-goal"), StringComparison.Ordinal);
        Assert.Contains("2 van 5", Cell("development-goal"), StringComparison.Ordinal);
        Assert.Contains("1 van 3", Cell("adjustments-on-time"), StringComparison.Ordinal);
        Assert.Contains("1 van 3", Cell("agreements-on-time"), StringComparison.Ordinal);
        Assert.Contains((4 / expected.MonthsInWork).ToString("0.0", dutch), Cell("contacts-per-month"), StringComparison.Ordinal);
        Assert.Contains($"4 contacten in {expected.MonthsInWork.ToString("0.0", dutch)} maanden werk", Cell("contacts-per-month"), StringComparison.Ordinal);

        var rows = new List<string>();
        await foreach (var row in p.Table(QuarterFiguresStore.Table).QueryAsync<TableEntity>())
            rows.Add(string.Join('\n', row.Select(kv => $"{kv.Key}={kv.Value}")));
        foreach (var candidate in seed.Expected([]).Candidates)
            Assert.DoesNotContain(candidate.Id, string.Join('\n', rows), StringComparison.Ordinal);
    }
}
