using static IpsMonitor.Tests.Workbooks.ProgrammeFixture;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>
/// Education, trial conversion and the reason catalogues (issue 20, item 6) on a small hand-built programme, quarter
/// 2026-Q4 (01-10 to 31-12). Coach C1 works in IPS-A+O, C2 in IPS-A. Every expected figure follows from the lines below.
/// </summary>
public sealed class ProgressMetricsTests
{
    private static readonly Quarter Q4 = new(2026, 4);

    private static Job Ended(Job job, JobEndReason? reason, string? legacy = null) =>
        job with { EndReason = reason?.ToString() ?? legacy, EndReasonNote = reason is null ? null : "toelichting" };

    private static Job Trial(string id, string candidate, DateOnly start, string? decision, DateOnly? decided) =>
        Job(id, candidate, "Groen", start, 16, kind: PlacementKind.Proefplaatsing, competitive: false)
            with { TrialDecision = decision, TrialDecisionDate = decided };

    internal static ProgrammeData Data() => new(
        ProgrammeFixture.Programme,
        [new Coach("C1", ProgrammeFixture.Programme, 1m) { Model = CoachModel.IpsAO }, new Coach("C2", ProgrammeFixture.Programme, 1m)],
        [
            // Education as the goal from 05-10: a start, in education on 31-12, and work-or-education for IPS-A+O.
            Candidate("k01", "C1", Referral(2026, 6, 1)) with { Education = [new("e1", EducationKind.Regular, new(2026, 10, 5), true, null)] },
            // A course since before the referral (not a start), ended 20-10: in education during Q4, not on 31-12.
            Candidate("k02", "C1", Referral(2026, 6, 1)) with
            {
                Education = [new("e2", EducationKind.DiplomaCourse, new(2026, 5, 1), false, new(2026, 10, 20))],
            },
            // Competitive work until 15-11 (resigned): work-or-education.
            Candidate("k03", "C1", Referral(2026, 6, 1)),
            // Neither: in the IPS-A+O denominator only.
            Candidate("k04", "C1", Referral(2026, 6, 1)),
            // IPS-A coach: a course from 01-11 (a start, not the goal), discharged 01-12 for education: not in education on 31-12.
            new Candidate("k05", ProgrammeFixture.Programme, "C2", null, "nl",
                [new Referral(new(2026, 6, 1), false, new(2026, 12, 1), nameof(DischargeReason.Education))])
            {
                Education = [new("e5", EducationKind.DiplomaCourse, new(2026, 11, 1), false, null)],
            },
            // Four trial placements: contract in Q4, stopped in Q4, free text from before the structure, extended in Q3.
            Candidate("k06", "C2", Referral(2026, 6, 1)),
            // Free text from before the catalogues: a discharge and a job end, both counted as "other".
            new Candidate("k07", ProgrammeFixture.Programme, "C2", null, "nl",
                [new Referral(new(2025, 1, 1), false, new(2026, 10, 15), "Verhuisd naar Gent")]),
        ],
        [
            Ended(Job("j03", "k03", "Zorg", new(2026, 7, 1), 20, end: new(2026, 11, 15)), JobEndReason.Resigned),
            Trial("j61", "k06", new(2026, 8, 1), nameof(TrialOutcome.Contract), new(2026, 10, 30)),
            Trial("j62", "k06", new(2026, 9, 1), nameof(TrialOutcome.Stopped), new(2026, 11, 10)),
            Trial("j63", "k06", new(2026, 8, 15), "Verlengd met een maand", null),
            Trial("j64", "k06", new(2026, 6, 1), nameof(TrialOutcome.Extended), new(2026, 9, 1)),
            Ended(Job("j07", "k07", "Zorg", new(2025, 3, 1), 24, end: new(2026, 10, 10)), null, "Contract afgelopen"),
        ],
        [],
        []);

    [Fact]
    public void EducationStartedAndRunningAndWorkOrEducationForIpsAPlusOAreCountedByHand()
    {
        var progress = QuarterlyMetrics.Compute(Data(), Q4, Zone).Current.Progress;

        Assert.Equal(2, progress.EducationStarts);           // e1, e5 (e2 began before the referral)
        Assert.Equal(1, progress.EducationStartsAsGoal);     // e1
        Assert.Equal(1, progress.InEducationAtEnd);          // k01 (k02 ended, k05 discharged)
        Assert.Equal(new Ratio(3, 4), progress.WorkOrEducation); // C1: k01, k02, k03 of k01–k04
    }

    [Fact]
    public void TheConversionRateIsTrialsDecidedContractOverTrialsDecidedInTheQuarter()
    {
        var progress = QuarterlyMetrics.Compute(Data(), Q4, Zone).Current.Progress;

        Assert.Equal((1, 0, 1), (progress.TrialsContract, progress.TrialsExtended, progress.TrialsStopped));
        Assert.Equal(new Ratio(1, 2), progress.TrialConversion);
        var q3 = QuarterlyMetrics.Compute(Data(), Q4.Previous, Zone).Current.Progress;
        Assert.Equal(new Ratio(0, 1), q3.TrialConversion);   // j64 extended on 01-09
    }

    [Fact]
    public void JobEndingsAndDischargesAreCountedByReasonAndFreeTextCountsAsOther()
    {
        var report = QuarterlyMetrics.Compute(Data(), Q4, Zone);
        var progress = report.Current.Progress;

        Assert.Equal([0, 1, 0, 0, 0, 0, 1], progress.JobEndingsByReason);   // resigned (j03), other (j07, free text)
        Assert.Equal(report.Current.JobEndings, progress.JobEndingsByReason.Sum());
        Assert.Equal([0, 1, 0, 0, 0, 0, 0, 1], progress.DischargesByReason); // education (k05), other (k07, free text)
    }

    [Fact]
    public void TheSheetShowsTheFiguresAndTheDefinitionsSheetDefinesThemWithTheirSource()
    {
        var report = QuarterlyMetrics.Compute(Data(), Q4, Zone);
        using var file = WorkbookFile.Open(report, WorkbookVariant.Intern);
        var sheet = file.Worksheet(ProgressSheet.Name);
        double Value(string label) => WorkbookFile.Row(sheet, label).Cell(2).GetDouble();

        Assert.Equal(2, Value(ProgressDefinitions.EducationStarts));
        Assert.Equal(1, Value(ProgressDefinitions.InEducation));
        Assert.Equal(0.75, Value(ProgressDefinitions.WorkOrEducation));
        Assert.Equal(2, Value(ProgressDefinitions.TrialsDecided));
        Assert.Equal(0.5, Value(ProgressDefinitions.TrialConversion));
        Assert.Equal(1, Value(ProgressDefinitions.EndingReason(JobEndReason.Resigned)));
        Assert.Equal(1, Value(ProgressDefinitions.DischargeReasonLabel(DischargeReason.Other)));
        var definitions = file.Worksheet(DefinitionSheet.Name);
        foreach (var definition in ProgressDefinitions.All)
            Assert.Contains("Bron", WorkbookFile.Row(definitions, definition.Name).Cell(2).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideTheTeamSmallCountsAndSharesOfSmallGroupsAreHidden()
    {
        using var file = WorkbookFile.Open(QuarterlyMetrics.Compute(Data(), Q4, Zone), WorkbookVariant.Extern);
        var sheet = file.Worksheet(ProgressSheet.Name);

        foreach (var label in new[] { ProgressDefinitions.EducationStarts, ProgressDefinitions.WorkOrEducation, ProgressDefinitions.TrialConversion })
            Assert.Equal(SmallCells.Mark, WorkbookFile.Row(sheet, label).Cell(2).GetString());
        ExternDerivationTests.Prove(QuarterlyMetrics.Compute(Data(), Q4, Zone));
    }

    [Theory]
    [InlineData("Resigned", null, JobEndReason.Resigned, null)]
    [InlineData("Contract niet verlengd", null, JobEndReason.Other, "Contract niet verlengd")]
    [InlineData("1", null, JobEndReason.Other, "1")]
    [InlineData("Other", "via de gemeente", JobEndReason.Other, "via de gemeente")]
    public void AStoredReasonReadsAsItsCatalogueValueAndFreeTextAsOtherWithTheTextAsNote(
        string stored, string? note, JobEndReason code, string? expectedNote) =>
        Assert.Equal(new Reason<JobEndReason>(code, expectedNote), Reasons.Read<JobEndReason>(stored, note));
}
