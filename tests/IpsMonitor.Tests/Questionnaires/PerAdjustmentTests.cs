namespace IpsMonitor.Tests.Questionnaires;

/// <summary>
/// The supervisor's check-in asks about each adjustment of the job on its own, by name: the one item asked per adjustment
/// becomes one question per adjustment, in every language, and none without adjustments. Earlier versions keep their one
/// question about all adjustments, so their answers read as before.
/// </summary>
public sealed class PerAdjustmentTests
{
    private static readonly QuestionnaireDefinition Current = TestDefinitions.Shipped.Current(Respondent.Supervisor);

    /// <summary>An adjustment named the same in every page language (as a coach's description would be).</summary>
    internal static AdjustmentAsked Asked(string id, string name) =>
        new(id, new LocalizedText(Languages.Respondent.ToDictionary(l => l, _ => name)));

    [Fact]
    public void EachAdjustmentIsAskedOnItsOwnNamedInEveryLanguageWhereTheOneQuestionWas()
    {
        var asked = Current.AskedAbout([Asked("a1", "Extra pauzes: om 11 uur"), Asked("a3", "Minder uren")]);

        var group = Assert.Single(asked.Groups, g => g.Items.Any(i => i.Id.StartsWith(ItemIds.SupervisorAdjustmentFit, StringComparison.Ordinal)));
        var original = Current.Groups.Single(g => g.Id == group.Id);
        Assert.Equal(original.Items.Count + 1, group.Items.Count);
        var at = original.Items.ToList().FindIndex(i => i.Id == ItemIds.SupervisorAdjustmentFit);
        Assert.Equal(["s_adjustment_fit-a1", "s_adjustment_fit-a3"], group.Items.Skip(at).Take(2).Select(i => i.Id));
        var first = Assert.IsType<ChoiceItem>(group.Items[at]);
        Assert.Equal("Past de afgesproken aanpassing „Extra pauzes: om 11 uur” nog?", first.Text["nl"]);
        Assert.Equal("Does the agreed adjustment “Extra pauzes: om 11 uur” still fit?", first.Text["en"]);
        // French keeps « and » with the name and the question mark with its word: no-break spaces.
        Assert.Equal("L’aménagement convenu «\u00a0Extra pauzes: om 11 uur\u00a0» convient-il encore\u00a0?", first.Text["fr"]);
        Assert.Equal("Aanpassing „Extra pauzes: om 11 uur”", first.Label("nl"));
        Assert.All(asked.Items, i => Assert.DoesNotContain(QuestionnaireDefinition.AdjustmentHole, i.Text["fr"], StringComparison.Ordinal));
        Assert.Equal((Current.Id, Current.Version), (asked.Id, asked.Version));
    }

    [Fact]
    public void WithoutAdjustmentsTheQuestionIsNotAskedAndItsScreenStays()
    {
        var asked = Current.AskedAbout([]);

        Assert.DoesNotContain(asked.Items, i => i.Id.StartsWith(ItemIds.SupervisorAdjustmentFit, StringComparison.Ordinal));
        Assert.Equal(Current.Groups.Count, asked.Groups.Count);
        Assert.Equal(Current.Items.Count() - 1, asked.Items.Count());
    }

    [Fact]
    public void AnAnswerForAnAdjustmentNoLongerAskedIsLeftOutNotABrokenForm()
    {
        var asked = Current.AskedAbout([Asked("a1", "Extra pauzes")]);
        var group = asked.Groups.Single(g => g.Items.Any(i => i.Id == "s_adjustment_fit-a1"));
        var fields = new Dictionary<string, string?> { ["s_adjustment_fit-a1"] = "yes", ["s_adjustment_fit-a2"] = "no", ["s_concerns"] = "no" };

        var result = AnswerForm.Parse(asked, [group], fields, "nl");

        Assert.Equal(Answer.Of("yes"), result.Answers["s_adjustment_fit-a1"]);
        Assert.False(result.Answers.ContainsKey("s_adjustment_fit-a2"));
        Assert.False(result.Errors.ContainsKey(AnswerForm.FormError));
        // Anything else the form does not know still breaks it, a made-up adjustment field of another item too.
        Assert.True(AnswerForm.Parse(asked, [group], new Dictionary<string, string?>(fields) { ["s_concerns-a2"] = "no" }, "nl")
            .Errors.ContainsKey(AnswerForm.FormError));
        Assert.Equal(UiText.Dutch.ChooseOption,
            AnswerForm.Parse(asked, [group], new Dictionary<string, string?> { ["s_adjustment_fit-a1"] = "none_recorded" }, "nl").Errors["s_adjustment_fit-a1"]);
    }

    [Fact]
    public void AQuestionnaireOfAnEarlierVersionKeepsItsOneQuestionAboutAllAdjustments()
    {
        var earlier = TestDefinitions.Shipped.Get("supervisor-checkin", 2).AskedAbout([Asked("a1", "Extra pauzes")]);

        Assert.NotNull(earlier.FindItem(ItemIds.SupervisorAdjustmentsFit));
        Assert.DoesNotContain(earlier.Items, i => i.Id.StartsWith(ItemIds.SupervisorAdjustmentFit, StringComparison.Ordinal));
    }

    [Fact]
    public void TheAdjustmentsAskedAreThoseInPlaceAndThoseAlreadyAnsweredNamedByKindAndDescription()
    {
        var day = new DateOnly(2026, 6, 1);
        Adjustment Made(string id, AdjustmentKind kind, string? description, AdjustmentStatus status) =>
            new(kind, description, day.AddMonths(-3), day.AddMonths(1), status) { Id = id };
        var job = new Job("j1", "c1", "Hotel", "Kok", "I", day.AddMonths(-4), 24, true, PlacementKind.Regular, false, null, null, null, null, null,
            [Made("a1", AdjustmentKind.ExtraBreaks, " om 11 uur ", AdjustmentStatus.Active), Made("a2", AdjustmentKind.QuietWorkplace, null, AdjustmentStatus.Reversed),
                Made("a3", AdjustmentKind.FewerHours, null, AdjustmentStatus.Kept), Made("a4", AdjustmentKind.LaterHours, null, AdjustmentStatus.Reversed)],
            Disclosure.SupervisorOnly, new SupervisorContact(true, null, "Chef", null));
        var answered = new Dictionary<string, Answer> { ["s_adjustment_fit-a4"] = Answer.Of("no") };

        var asked = AdjustmentAsked.Of(job, answered, day);

        Assert.Equal(["a1", "a3", "a4"], asked.Select(a => a.Id));
        Assert.Equal(("Extra pauzes: om 11 uur", "Extra breaks: om 11 uur", "Pauses supplémentaires" + UiText.French.Colon + "om 11 uur"),
            (asked[0].Name["nl"], asked[0].Name["en"], asked[0].Name["fr"]));
        Assert.Equal("Moins d’heures", asked[1].Name["fr"]);
        Assert.Empty(AdjustmentAsked.Of(null, answered, day));
    }
}
