namespace IpsMonitor.Tests.Workbooks;

public sealed class QuestionnaireAndSignalMetricsTests : FixtureReportTests
{
    [Fact]
    public void ResponseRatesCountInvitationsWhoseWindowClosedInTheQuarterInAmsterdam()
    {
        // Candidate: i01, i02 (23:30 on 30-09), i06 (00:30 on 01-07) answered; i03 missed. Cancelled and open ones are left out.
        Assert.Equal(
            [
                new ResponseFigures(Respondent.Candidate, new(3, 4), new(1, 2)),
                new ResponseFigures(Respondent.Supervisor, new(1, 2), new(0, 0)),
            ],
            report.Responses);
    }

    [Fact]
    public void MeanScoresAreTakenOverCheckInsAnsweredInTheQuarterWithTheChangeSinceThePrevious()
    {
        AssertScale(ItemIds.WorkAbility, 6.0, 3, 5.0, 1.0);
        AssertScale(ItemIds.Energy, 3.0, 3, 3.0, 0.0);
        AssertScale(ItemIds.Workload, 10.0 / 3, 3, 3.0, 1.0 / 3);
        AssertScale(ItemIds.Satisfaction, 4.0, 3, 3.0, 1.0);
        AssertScale(ItemIds.Fit, 3.0, 3, 3.0, 0.0);
        AssertScale(ItemIds.Support, 4.5, 2, 3.0, 1.5);
        AssertScale(ItemIds.SupervisorWorkAbility, 8.0, 1, null, null);
        AssertScale(ItemIds.SupervisorCoachCollaboration, 5.0, 1, null, null);
        Assert.Equal(12, report.Scales.Count);
    }

    [Fact]
    public void CandidateAndSupervisorStandSideBySideWhereTheyRateTheSameDimension()
    {
        Assert.Equal(2, report.SharedDimensions.Count);
        var workAbility = report.SharedDimensions[0];
        Assert.Equal((ItemIds.WorkAbility, ItemIds.SupervisorWorkAbility), (workAbility.Candidate.ItemId, workAbility.Supervisor.ItemId));
        Assert.Equal((6.0, 8.0), (workAbility.Candidate.Current.Value, workAbility.Supervisor.Current.Value));
        var fit = report.SharedDimensions[1];
        Assert.Equal((3.0, 4.0), (fit.Candidate.Current.Value, fit.Supervisor.Current.Value));
    }

    [Fact]
    public void SignalsAreCountedByTypeOnTheirDatesInAmsterdam()
    {
        Assert.Equal(
            [
                new SignalFigures("decline", new(1, 2, 0), new(1, 0, 1)),
                new SignalFigures("ips_timeline", new(1, 0, 1), new(0, 0, 0)),
                new SignalFigures("no_response", new(0, 0, 1), new(1, 0, 1)),
            ],
            report.Signals);
        Assert.Equal(new SignalCounts(2, 2, 2), report.SignalTotals);
    }

    private void AssertScale(string itemId, double mean, int count, double? previous, double? change)
    {
        var scale = report.Scales.Single(s => s.ItemId == itemId);
        Assert.Equal(mean, scale.Current.Value!.Value, 9);
        Assert.Equal(count, scale.Current.Count);
        Assert.Equal(previous, scale.Previous.Value);
        if (change is null)
            Assert.Null(scale.Change);
        else
            Assert.Equal(change.Value, scale.Change!.Value, 9);
    }
}
