using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// Last talk's agreements and the adjustment decisions on the agenda: on screen whole, on paper shortened in their free
/// text only, so who does what by when, how far it got and what was decided on which day always print.
/// </summary>
public sealed class AgendaPaperLineTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static string Longest(string sentence, int length) =>
        string.Concat(Enumerable.Repeat(sentence, length / sentence.Length + 1))[..length];

    private static Job JobWithLastTalk()
    {
        var talkDay = Today.AddDays(-30);
        var adjustment = new Adjustment(AdjustmentKind.ExtraBreaks, Longest("Twee korte pauzes in de ochtend. ", 200), Today.AddDays(-200),
                talkDay, AdjustmentStatus.Active) { Id = "a1" }
            .Decide(new AdjustmentDecision(AdjustmentDecisionKind.Extend, talkDay, "coach-a",
                Longest("Minder moe aan het eind van de dienst. ", AdjustmentValidation.MaxEffect), Today.AddDays(30), talkDay));
        var agreement = new Agreement("g1", Longest("De chef maakt een vast rooster voor de ochtend. ", DriegesprekValidation.MaxAgreementText),
            AgreementOwner.Supervisor, Today.AddDays(-10));
        return new Job("j-1", "k-1", "Hotel De Zon", "Kok", "I", Today.AddDays(-200), 24, true, PlacementKind.Regular, false,
            null, null, null, null, null, [adjustment], Disclosure.SupervisorOnly, new SupervisorContact(true, null, "Chef", null))
        {
            Driegesprekken = [new Driegesprek("t1", talkDay, [TalkParticipant.Candidate], [agreement], [], null, null, null, null,
                Today.AddDays(5), "coach-a")],
        };
    }

    [Fact]
    public void ALongAgreementPrintsShortenedWithWhoByWhenAndItsState()
    {
        var job = JobWithLastTalk();

        var item = Assert.Single(DriegesprekRecordViews.LastAgreements(StaffText.Nl, job, Today).Items);

        Assert.StartsWith(job.Driegesprekken[0].Agreements[0].Text, item.Text, StringComparison.Ordinal);
        Assert.NotNull(item.Paper);
        Assert.True(item.Paper.Length <= AgendaItem.PaperLength, item.Paper);
        Assert.Matches(@"^De chef maakt .*… · Leidinggevende · klaar op 24 nov 2026 · te laat$", item.Paper);
    }

    [Fact]
    public void ALongDecisionPrintsByItsKindWithItsDatesAndTheEffectShortened()
    {
        var job = JobWithLastTalk();

        var item = Assert.Single(DriegesprekRecordViews.AdjustmentHistory(StaffText.Nl, job).Items);

        Assert.Contains(job.Adjustments[0].Description!, item.Text, StringComparison.Ordinal);
        Assert.NotNull(item.Paper);
        Assert.True(item.Paper.Length <= AgendaItem.PaperLength, item.Paper);
        Assert.StartsWith("Extra pauzes: verlengd op 4 nov 2026 tot 3 jan 2027. Effect: Minder moe", item.Paper, StringComparison.Ordinal);
        Assert.DoesNotContain("Twee korte pauzes", item.Paper, StringComparison.Ordinal);
    }
}
