using IpsMonitor.Fidelity;
using IpsMonitor.Tests.Workbooks;

namespace IpsMonitor.Tests.Fidelity;

/// <summary>The scale, its totals and the review's rules, with figures worked out by hand.</summary>
public sealed class FidelityScaleTests
{
    internal static Dictionary<string, FidelityScore> Scores(int all, params (string Code, int Score)[] others)
    {
        var scores = FidelityScale.Codes.Where(c => !FidelityScale.EducationOnly.Contains(c))
            .ToDictionary(c => c, _ => new FidelityScore(all, null));
        foreach (var (code, score) in others)
            scores[code] = new FidelityScore(score, null);
        return scores;
    }

    [Fact]
    public void TheScaleHasTwentyFiveItemsInItsThreeGroupsAndItems5And9HaveAWorkAndAnEducationPart()
    {
        Assert.Equal(25, FidelityScale.Items.Count);
        Assert.Equal([3, 14, 8], FidelityScale.Items.GroupBy(i => i.Group).Select(g => g.Count()));
        Assert.Equal(27, FidelityScale.Codes.Count);
        Assert.Equal(["5b", "9b"], FidelityScale.EducationOnly);
        Assert.Contains("5a", FidelityScale.Codes);
        Assert.DoesNotContain("5", FidelityScale.Codes);
        foreach (var text in FidelityText.Table.All)
            Assert.All(FidelityScale.Items, i => Assert.False(string.IsNullOrWhiteSpace(text.Items[i.Number].Criterion)));
    }

    [Fact]
    public void TheIpsATotalCountsTheWorkPartsAndTheIpsOTotalTheEducationParts()
    {
        // 23 items at 4 = 92; IPS-A adds 5a = 5 and 9a = 3 (100), IPS-O adds 5b = 2 and 9b = 1 (95).
        var scores = Scores(4, ("5a", 5), ("5b", 2), ("9a", 3), ("9b", 1));

        Assert.Equal(100, FidelityScale.IpsATotal(scores));
        Assert.Equal(95, FidelityScale.IpsOTotal(scores));
        Assert.Equal(FidelityLevel.Good, FidelityScale.Level(100));
        Assert.Equal(FidelityLevel.Fair, FidelityScale.Level(95));
        Assert.Equal(FidelityLevel.Exemplary, FidelityScale.Level(115));
        Assert.Equal(FidelityLevel.NotIps, FidelityScale.Level(73));
    }

    [Fact]
    public void WithoutTheEducationPartsThereIsNoIpsOTotal()
    {
        var scores = Scores(3);

        Assert.Equal(75, FidelityScale.IpsATotal(scores));
        Assert.Null(FidelityScale.IpsOTotal(scores));
    }

    [Fact]
    public void AReviewDatedBefore2000OrANoteOnAnUnscoredEducationPartIsRefusedNotStoredHalf()
    {
        var today = new DateOnly(2026, 12, 3);
        var scores = FidelityScale.Codes.ToDictionary(c => c, c => (int?)(FidelityScale.EducationOnly.Contains(c) ? null : 4));
        var notes = new Dictionary<string, string?> { ["5b"] = "Nog geen opleidingen gevolgd." };
        var request = new FidelityReviewRequest(new DateOnly(1999, 1, 1), "A. de Vries", scores, notes, null);

        var errors = FidelityReviews.Check(request, today);

        Assert.Equal(["date", "score-5b"], errors.Keys.Order(StringComparer.Ordinal));
        var words = FidelityText.For("nl");
        Assert.Equal("Item 5b: Kies een score van 1 tot 5.", words.Error("score-5b", errors["score-5b"][0]));
        Assert.Equal(words.DateFormatError, words.Error("date", new ErrorCode(ErrorCodes.DateFormat, "")));
        Assert.Empty(FidelityReviews.Check(request with { Date = FidelityReviews.EarliestDate, Notes = new Dictionary<string, string?>() }, today));
    }

    [Fact]
    public void AReviewWithAMissingOrWrongScoreAFutureDateOrOneEducationPartIsRefusedFieldByField()
    {
        var today = new DateOnly(2026, 12, 3);
        var scores = FidelityScale.Codes.ToDictionary(c => c, c => (int?)(FidelityScale.EducationOnly.Contains(c) ? null : 4));
        scores["3"] = null;
        scores["11"] = 6;
        scores["5b"] = 2;
        var notes = new Dictionary<string, string?> { ["7"] = "fine\u202Eenif" };
        var request = new FidelityReviewRequest(today.AddDays(1), " ", scores, notes, null);

        var errors = FidelityReviews.Check(request, today);

        Assert.Equal(["date", "note-7", "reviewers", "score-11", "score-3", "score-9b"], errors.Keys.Order(StringComparer.Ordinal));
        // A direction character is said as such, not as any hidden character.
        Assert.Equal(ErrorCodes.TextDirection, Assert.Single(errors["note-7"]).Code);
        Assert.Equal(ErrorCodes.EducationPair, Assert.Single(errors["score-9b"]).Code);
        Assert.Empty(FidelityReviews.Check(request with
        {
            Date = today,
            Reviewers = "A. de Vries, B. Jansen",
            Scores = new Dictionary<string, int?>(scores) { ["3"] = 1, ["11"] = 5, ["5b"] = null },
            Notes = new Dictionary<string, string?>(),
        }, today));
    }

    [Fact]
    public void TheEvidenceBesideItems1And11IsTheQuarterCaseloadPerFullTimeCoachAndTheCompetitiveShareOfRunningPlacements()
    {
        var report = QuarterlyMetrics.Compute(ProgrammeFixture.Data(), ProgrammeFixture.Q3, ProgrammeFixture.Zone);

        var evidence = FidelityEvidence.Of(report);

        // C1 (1.0 fte): k01, k02, k03, k06, k09; C2 (0.5 fte): k04 (re-referred), k05, k07, k10, k11; k08 left in Q2.
        Assert.Equal((10, 1.5m), (evidence.Caseload.Caseload, evidence.Caseload.Fte));
        Assert.Equal(6.67, evidence.Caseload.PerFullTimeCoach ?? 0, 2);
        // Running on 30-09: j01, j02, j03, j05, j07, j08 (competitive) and j10, j12 (trial, work experience); j06 has
        // 3 unconfirmed hours and counts as no placement.
        Assert.Equal((6, 8, 0.75), (evidence.Competitive.Competitive, evidence.Competitive.Placements, evidence.Competitive.Share));
        Assert.Equal(ProgrammeFixture.Q3.End, evidence.On);
    }
}
