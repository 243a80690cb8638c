using static IpsMonitor.Tests.Workbooks.ProgrammeFixture;

namespace IpsMonitor.Tests.Workbooks;

public sealed class OutcomeMetricsTests : FixtureReportTests
{
    [Fact]
    public void ReferralsCountEveryReferralDatedInTheQuarterIncludingAReReferral()
    {
        // k02 15-07, k03 01-08 (in work), k04's second referral 20-08, k09 on the last day 30-09.
        Assert.Equal(4, report.Current.Referrals);
        Assert.Equal(1, report.Current.ReferralsEmployedAtReferral);
        Assert.Equal(1, report.Previous.Referrals);
        Assert.Equal(0, report.Previous.ReferralsEmployedAtReferral);
    }

    [Fact]
    public void ADischargedAndReReferredCandidateCountsOnceInTheActiveCaseload()
    {
        // k01..k07, k09..k11; k08 was discharged in Q2; k04 has two referrals open in Q3 and counts once.
        Assert.Equal(10, report.Current.ActiveCaseload);
        // k01, k04, k05, k06, k07, k08, k10, k11.
        Assert.Equal(8, report.Previous.ActiveCaseload);
    }

    [Fact]
    public void AClientWithTwoJobsAtOnceCountsOnceAsWorking()
    {
        // k01, k02, k03, k04, k05, k06 (two jobs), k10, k11.
        Assert.Equal(8, report.Current.WorkedCompetitive);
        Assert.Equal(4, report.Previous.WorkedCompetitive);
    }

    [Fact]
    public void TheEmploymentRateLeavesOutClientsInWorkAtReferral()
    {
        // Denominator: the 10 active minus k03 (in work at referral). Numerator: of those, the 7 who worked.
        Assert.Equal(new Ratio(7, 9), report.Current.EmploymentRate);
        Assert.Equal(7.0 / 9, report.Current.EmploymentRate.Value);
        Assert.Equal(new Ratio(4, 8), report.Previous.EmploymentRate);
    }

    [Fact]
    public void FirstJobStartsCountEachCandidatesFirstCompetitiveStartOnce()
    {
        // k02 on the last day (30-09, 77 days), k05 (10-08, 162 days; the 3-hour job does not count), k06 (01-07, 177 days).
        // k04's job in Q3 is not a first: their first was in 2025, under the earlier referral.
        Assert.Equal(3, report.Current.FirstJobStarts);
        Assert.Equal(new Distribution(3, 162, 416.0 / 3), report.Current.DaysToFirstJob);
        // k01 (83 days) and k11 (70 days).
        Assert.Equal(2, report.Previous.FirstJobStarts);
        Assert.Equal(new Distribution(2, 76.5, 76.5), report.Previous.DaysToFirstJob);
    }

    [Fact]
    public void TotalJobStartsCountBothJobsOfTwoAtOnceAndNotAJobUnderFourHours()
    {
        // j02 (last day), j05 (re-referred k04), j07 (2 h, confirmed), j08 and j09 (k06 at once). Not j06 (3 h), not j03 (before referral).
        Assert.Equal(5, report.Current.JobStarts);
        // j09, j11, j13.
        Assert.Equal(3, report.Current.JobEndings);
        Assert.Equal(2, report.Previous.JobStarts);
        Assert.Equal(1, report.Previous.JobEndings);
    }

    [Fact]
    public void OtherPlacementsAreReportedApartFromCompetitiveStarts()
    {
        // The trial placement j10 and the work-experience placement j12.
        Assert.Equal(2, report.Current.OtherPlacementStarts);
        Assert.Equal(0, report.Current.OtherPlacementEndings);
        Assert.Equal(0, report.Previous.OtherPlacementStarts);
    }

    [Fact]
    public void JobsAreSustainedWhenStillOpenOnTheirMarkInTheQuarter()
    {
        // 13 weeks: j01 (mark 03-08, open), j13 (mark 10-08, ended 09-08), j08 (mark 30-09, open).
        Assert.Equal(new Ratio(2, 3), report.Current.Sustained13Weeks);
        // 26 weeks: j11 (mark 20-07, ended 10-07).
        Assert.Equal(new Ratio(0, 1), report.Current.Sustained26Weeks);
        Assert.Equal(new Ratio(1, 1), report.Previous.Sustained13Weeks);
        Assert.Equal(new Ratio(1, 1), report.Previous.Sustained26Weeks);
    }

    [Fact]
    public void HoursAreMeasuredPerPersonInCompetitiveWorkOnTheLastDay()
    {
        // People in the caseload on 30-09 with running competitive jobs: k01 24, k02 12, k03 32, k04 16, k05 2, k06 10.
        Assert.Equal(new Ratio(2, 6), report.Current.Working20HoursOrMore);
        Assert.Equal(new Distribution(6, 14, 96.0 / 6), report.Current.WeeklyHours);
        // On 30-06: k01 24, k04 20 (its last day), k10 20, k11 24; k03's job of 2025 runs, but k03 is referred only in August.
        Assert.Equal(new Ratio(4, 4), report.Previous.Working20HoursOrMore);
        Assert.Equal(22, report.Previous.WeeklyHours.Median);
        // Per job (secondary line), every running competitive job: j01 24, j03 32, j04 20, j11 20, j13 24.
        Assert.Equal(new Ratio(5, 5), report.Previous.Jobs20HoursOrMore);
        Assert.Equal(24, report.Previous.JobWeeklyHours.Median);
    }

    [Fact]
    public void AJobUnderFourHoursBecomesAStartOnceFourPaidHoursAreConfirmed()
    {
        var data = Data();
        var confirmed = data with
        {
            Jobs = [.. data.Jobs.Select(j => j.Id == "j06" ? j with { FourPaidHoursConfirmed = true } : j)],
        };

        var figures = QuarterlyMetrics.Compute(confirmed, Q3, Zone).Current;

        Assert.Equal(6, figures.JobStarts);
        Assert.Equal(new Distribution(3, 127, (77 + 127 + 177) / 3.0), figures.DaysToFirstJob);
    }

    [Fact]
    public void AJobStartingOnTheLastDayOfTheQuarterCountsInThatQuarterOnly()
    {
        var next = QuarterlyMetrics.Compute(Data(), Q3.Next, Zone).Current;

        Assert.Contains(report.Candidates, c => c.CandidateId == "k02" && c.JobStartsInQuarter == 1);
        Assert.Equal(0, next.FirstJobStarts);
    }

    [Fact]
    public void ACandidateEmployedAtReferralWhoLosesTheJobIsStillOutOfTheDenominatorThatQuarter()
    {
        var data = Data();
        var lost = data with { Jobs = [.. data.Jobs.Select(j => j.Id == "j03" ? j with { EndDate = new DateOnly(2026, 6, 1) } : j)] };

        var figures = QuarterlyMetrics.Compute(lost, Q3, Zone).Current;

        Assert.Equal(new Ratio(7, 9), figures.EmploymentRate);
        Assert.Equal(7, figures.WorkedCompetitive);
    }

    [Fact]
    public void RecordsOfAnotherProgrammeAreIgnored()
    {
        var data = Data();
        var without = data with { Candidates = [.. data.Candidates.Where(c => c.ProgrammeId == Programme)] };

        Assert.Equal(QuarterlyMetrics.Compute(without, Q3, Zone).Current, report.Current);
        Assert.DoesNotContain(report.Candidates, c => c.CandidateId == "k99");
        Assert.DoesNotContain(report.Coaches, c => c.CoachId == "X9");
    }

    [Fact]
    public void AnEmptyProgrammeHasZeroCountsAndNoRates()
    {
        var empty = new ProgrammeData("leeg", [], [], [], [], []);

        var result = QuarterlyMetrics.Compute(empty, Q3, Zone);

        Assert.Equal(0, result.Current.ActiveCaseload);
        Assert.Null(result.Current.EmploymentRate.Value);
        Assert.Null(result.Current.Sustained13Weeks.Value);
        Assert.Null(result.Current.WeeklyHours.Median);
        Assert.Null(result.Current.DaysToFirstJob.Mean);
        Assert.All(result.Responses, r => Assert.Null(r.Current.Value));
        Assert.All(result.Scales, s => Assert.Null(s.Change));
        Assert.Empty(result.Coaches);
        Assert.Empty(result.Candidates);
        Assert.Empty(result.Signals);
        Assert.Equal(Enum.GetValues<PlacementKind>().Length, result.ByKind.Count);
    }
}
