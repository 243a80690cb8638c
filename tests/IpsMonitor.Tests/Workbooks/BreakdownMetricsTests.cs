using static IpsMonitor.Tests.Workbooks.ProgrammeFixture;

namespace IpsMonitor.Tests.Workbooks;

public sealed class BreakdownMetricsTests : FixtureReportTests
{
    [Fact]
    public void PlacementsAreBrokenDownByEveryKind()
    {
        Assert.Equal(
            [
                new KindFigures(PlacementKind.Regular, new(5, 3, 6)),
                new KindFigures(PlacementKind.Doelgroepbaan, new(0, 0, 0)),
                new KindFigures(PlacementKind.Proefplaatsing, new(1, 0, 1)),
                new KindFigures(PlacementKind.Werkervaringsplek, new(1, 0, 1)),
                new KindFigures(PlacementKind.Other, new(0, 0, 0)),
            ],
            report.ByKind);
    }

    [Fact]
    public void CompetitiveJobsAreBrokenDownBySectorInNameOrder()
    {
        Assert.Equal(
            [
                new SectorFigures("Horeca", new(1, 1, 1)),
                new SectorFigures("Logistiek", new(1, 0, 1)),
                new SectorFigures("Retail", new(1, 1, 0)),
                new SectorFigures("Schoonmaak", new(1, 0, 1)),
                new SectorFigures("Zorg", new(1, 1, 3)),
            ],
            report.BySector);
    }

    [Fact]
    public void EachCoachsCaseloadAtQuarterEndIsSetAgainstTwentyPerFullTimeCoach()
    {
        Assert.Equal([new CoachFigures("C1", 1.0m, 5, 4), new CoachFigures("C2", 0.5m, 5, 2)], report.Coaches);
        Assert.Equal(20, report.Coaches[0].Norm);
        Assert.Equal(0.25, report.Coaches[0].CaseloadOfNorm);
        Assert.Equal(10, report.Coaches[1].Norm);
        Assert.Equal(0.5, report.Coaches[1].CaseloadOfNorm);
    }

    [Fact]
    public void ADeactivatedCoachWithoutCandidatesLeavesTheCaseloadsButOneWithCandidatesStays()
    {
        var data = Data();
        var left = new Coach("C3", data.ProgrammeId, 0.8m) { Active = false };
        var stillWithCandidates = data.Coaches.Single(c => c.Id == "C2") with { Active = false };
        var result = QuarterlyMetrics.Compute(
            data with { Coaches = [.. data.Coaches.Where(c => c.Id != "C2"), stillWithCandidates, left] }, Q3, Zone);

        Assert.Equal([new CoachFigures("C1", 1.0m, 5, 4), new CoachFigures("C2", 0.5m, 5, 2)], result.Coaches);
    }

    [Fact]
    public void ACandidateWhoseCoachIsNotOnFileStillCountsUnderTheCode()
    {
        var data = Data();
        var result = QuarterlyMetrics.Compute(data with { Coaches = [] }, Q3, Zone);

        Assert.Equal([new CoachFigures("C1", null, 5, 4), new CoachFigures("C2", null, 5, 2)], result.Coaches);
        Assert.Null(result.Coaches[0].CaseloadOfNorm);
    }

    [Fact]
    public void EachActiveCandidateHasOneLineWithTheFactsOfTheRelevantReferral()
    {
        Assert.Equal(["k01", "k02", "k03", "k04", "k05", "k06", "k07", "k09", "k10", "k11"], report.Candidates.Select(c => c.CandidateId));
        Assert.Equal(
            new CandidateLine("k04", "C2", new(2026, 8, 20), false, null, CandidateStatus.Working, new(2025, 11, 3), 63, 1, new(2026, 9, 1), 16, 0),
            Line("k04"));
        Assert.Equal(
            new CandidateLine("k03", "C1", new(2026, 8, 1), true, null, CandidateStatus.Working, null, null, 0, null, 32, 0),
            Line("k03"));
        Assert.Equal(
            new CandidateLine("k05", "C2", new(2026, 3, 1), false, null, CandidateStatus.Working, new(2026, 8, 10), 162, 1, new(2026, 8, 10), 2, 1),
            Line("k05"));
        Assert.Equal(
            new CandidateLine("k06", "C1", new(2026, 1, 5), false, null, CandidateStatus.Working, new(2026, 7, 1), 177, 2, new(2026, 8, 3), 10, 0),
            Line("k06"));
        Assert.Equal(CandidateStatus.OtherPlacement, Line("k10").Status);
        Assert.Equal(CandidateStatus.LookingForWork, Line("k11").Status);
        Assert.Equal(CandidateStatus.OtherPlacement, Line("k07").Status);
        Assert.Equal(1, Line("k02").OpenSignalsAtEnd);
    }

    [Fact]
    public void ACandidateDischargedDuringTheQuarterIsListedAsDischarged()
    {
        var previous = QuarterlyMetrics.Compute(Data(), Q3.Previous, Zone);

        var line = Assert.Single(previous.Candidates, c => c.CandidateId == "k08");
        Assert.Equal(CandidateStatus.Discharged, line.Status);
        Assert.Equal(new DateOnly(2026, 5, 15), line.DischargeDate);
    }

    private CandidateLine Line(string id) => report.Candidates.Single(c => c.CandidateId == id);
}
