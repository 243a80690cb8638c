using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// Signal evidence as a coach reads it: who gave which answer on which day, the job by title and employer, an adjustment
/// by its name; the item codes, ids and rule version only under the technical details. Read from the stored evidence,
/// so a signal stored before reads the same way.
/// </summary>
public sealed class EvidenceWordsTests
{
    private static readonly DateOnly Dec3 = new(2026, 12, 3);

    private static readonly Job Kitchen = new("j-2f7453b3", "k-1", "Hotel De Zon", "Kok", "I", new DateOnly(2026, 3, 2), 24, true,
        PlacementKind.Regular, false, null, null, null, null, null, [], Disclosure.None, new SupervisorContact(false, null, null, null));

    private static StoredSignal Signal(string type, params Evidence[] evidence) => new(
        "sig-1", "k-1", type, type, SignalSeverity.Attention, "2026.1", new RecordedSentences(new Dictionary<string, string>()),
        evidence, new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero), null, null, null, null);

    [Fact]
    public void BothViewsOfOneDimensionShareALineByWhoGaveThem()
    {
        var signal = Signal(SignalTypes.PerspectivesDiverge,
            new Evidence("c-1", Dec3, ItemIds.WorkAbility, "7"), new Evidence("s-1", Dec3, ItemIds.SupervisorWorkAbility, "3"));

        Assert.Equal(["Kandidaat gaf werkvermogen 7 (3 dec), leidinggevende 3 (3 dec)"], EvidenceWords.Lines(StaffText.Nl, signal, []));
        Assert.Equal(["Candidate gave work ability 7 (3 Dec), supervisor 3 (3 Dec)"], EvidenceWords.Lines(StaffText.En, signal, []));
    }

    [Fact]
    public void ASupervisorConcernNamesTheCheckInByItsDayAndTheNextStepReadsInWords()
    {
        var concern = Signal(SignalTypes.SupervisorConcern,
            new Evidence("s-1", Dec3, EvidenceItems.SupervisorConcern, EvidenceItems.RaisedConcerns),
            new Evidence("s-1", Dec3, EvidenceItems.SupervisorConcern, EvidenceItems.RaisedAdjustmentsNotFitting));
        var stagnation = Signal(SignalTypes.DevelopmentStagnation, new Evidence("s-2", Dec3, ItemIds.SupervisorReadyForMore, "both"));

        Assert.Equal(["Check-in van de leidinggevende van 3 dec: zorgen om te bespreken",
            "Check-in van de leidinggevende van 3 dec: de afgesproken aanpassingen passen niet meer"],
            EvidenceWords.Lines(StaffText.Nl, concern, []));
        Assert.Equal("Supervisor check-in of 3 Dec: concerns to discuss", EvidenceWords.Lines(StaffText.En, concern, [])[0]);
        Assert.Equal(["Leidinggevende gaf volgende stap meer uren én meer taken (3 dec)"], EvidenceWords.Lines(StaffText.Nl, stagnation, []));
        Assert.Equal(["Supervisor gave next step more hours and more tasks (3 Dec)"], EvidenceWords.Lines(StaffText.En, stagnation, []));
    }

    [Fact]
    public void AnAdjustmentReadsByNameAndReviewDateAndAJobByTitleAndEmployer()
    {
        var signal = Signal(SignalTypes.TimelineAdjustmentReviewDue,
            new Evidence(null, new DateOnly(2026, 11, 15), EvidenceItems.AdjustmentReview, nameof(AdjustmentKind.ExtraBreaks)),
            new Evidence(null, new DateOnly(2026, 3, 2), EvidenceItems.JobStart, Kitchen.Id),
            new Evidence(null, new DateOnly(2025, 6, 30), EvidenceItems.JobEnd, "j-erased"));

        Assert.Equal(
            ["Extra pauzes, evaluatie gepland 15 nov", "Baan gestart op 2 mrt: Kok bij Hotel De Zon", "Vorige baan beëindigd op 30 jun 2025"],
            EvidenceWords.Lines(StaffText.Nl, signal, [Kitchen]));
        Assert.Equal("Extra breaks, review planned 15 Nov", EvidenceWords.Lines(StaffText.En, signal, [Kitchen])[0]);
    }

    [Fact]
    public void AnswersOverTimeMissedCheckInsAndTheBaselineReadAsSentences()
    {
        var oct = new DateOnly(2026, 10, 1);
        var nov = new DateOnly(2026, 11, 1);
        var lines = EvidenceWords.Lines(StaffText.Nl, Signal(SignalTypes.Decline,
            new Evidence("c-1", oct, ItemIds.Energy, "4"), new Evidence("c-2", nov, ItemIds.Energy, "4"),
            new Evidence("c-3", Dec3, ItemIds.Energy, "2"), new Evidence(null, nov, EvidenceItems.Baseline, "4"),
            new Evidence("c-4", Dec3, ItemIds.WantsChallenge, "1"), new Evidence("c-4", Dec3, ItemIds.DesiredHours, "32.5"),
            new Evidence("i-1", oct, EvidenceItems.Missed, "supervisor"), new Evidence("i-2", nov, EvidenceItems.Missed, "supervisor")), []);

        Assert.Equal(
        [
            "Kandidaat gaf energie 4 (1 okt), 4 (1 nov), 2 (3 dec)", "Gemiddelde van de eerdere antwoorden: 4",
            "Kandidaat gaf wil meer uitdaging ja (3 dec)", "Kandidaat gaf gewenste uren 32,5 uur (3 dec)",
            "Leidinggevende vulde de check-in van 1 okt en 1 nov niet in",
        ], lines);
    }

    [Fact]
    public async Task TheCardShowsTheWordsAndKeepsCodesIdsAndTheRuleVersionUnderTechnicalDetails()
    {
        var signal = Signal(SignalTypes.TimelineAdjustmentReviewDue,
            new Evidence(null, new DateOnly(2026, 11, 15), EvidenceItems.AdjustmentReview, nameof(AdjustmentKind.ExtraBreaks)),
            new Evidence(null, new DateOnly(2026, 3, 2), EvidenceItems.JobStart, Kitchen.Id)) with
        {
            Acknowledgements = [new Acknowledgement(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero), "coach-1", "Gebeld")],
        };
        var names = StaffNames.Of([new Coach("coach-1", "team-a", 1m) { Name = "Sanne de Vries" }], []);
        var html = await Views.RenderAsync<SignalCard>(new Dictionary<string, object?>
        {
            [nameof(SignalCard.Forms)] = new CandidateFormsView(StaffText.Nl, "/api/staff/candidates/k-1/", new FormToken("__af", "t"),
                null, "2026-12-04", [], [], []),
            [nameof(SignalCard.Signal)] = SignalViews.Card(StaffText.Nl, signal, [Kitchen], names),
        });
        var card = Dom.Parse(html).GetElementById("signal-sig-1");
        Assert.NotNull(card);
        var technical = card.QuerySelector("details.technical");
        Assert.Equal("Technische details", technical?.QuerySelector("summary")?.Text());
        var technicalText = technical?.Text() ?? "";
        technical?.Remove();

        Assert.Equal(["Extra pauzes, evaluatie gepland 15 nov", "Baan gestart op 2 mrt: Kok bij Hotel De Zon"],
            card.QuerySelectorAll("ul.evidence li").Select(li => li.Text()));
        Assert.Null(card.QuerySelector("ul.evidence")?.Closest("details"));
        Assert.Equal("Gezien door Sanne de Vries op 4 dec 2026: Gebeld", card.QuerySelector("[data-acknowledged]")?.Text());
        foreach (var code in new[] { "adjustment_review", "ExtraBreaks", Kitchen.Id, "2026.1", "coach-1", "sig-1" })
        {
            Assert.DoesNotContain(code, card.Text(), StringComparison.Ordinal);
            Assert.Contains(code == "coach-1" ? "sig-1" : code, technicalText, StringComparison.Ordinal);
        }
    }
}
