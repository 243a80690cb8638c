namespace IpsMonitor.Tests.Questionnaires;

public sealed class AnswerFormTests
{
    // As a candidate in work sees it: with the job items, without the item for those looking for work.
    private static readonly QuestionnaireDefinition Candidate = TestDefinitions.Shipped.Current(Respondent.Candidate).AskedOf(inWork: true);
    private static readonly QuestionnaireDefinition Supervisor = TestDefinitions.Shipped.Current(Respondent.Supervisor)
        .AskedAbout([PerAdjustmentTests.Asked("a1", "Extra pauzes"), PerAdjustmentTests.Asked("a2", "Minder uren")]);

    private static Dictionary<string, string?> ValidCandidateFields() => new()
    {
        ["work_ability"] = "7", ["energy"] = "3", ["support"] = "4",
        ["hours_worked"] = "32.5", ["contract_hours"] = "", ["desired_hours"] = "36",
        ["workload"] = "3", ["learned_new"] = "yes", ["has_goals"] = "no",
        ["help_now"] = "Meer vaste taken", ["step"] = "5", ["action"] = "submit", ["lang"] = "nl", ["__RequestVerificationToken"] = "x",
    };

    private static AnswerFormResult ParseAll(QuestionnaireDefinition definition, IReadOnlyDictionary<string, string?> fields, string lang = "nl") =>
        AnswerForm.Parse(definition, definition.Groups, fields, lang);

    [Fact]
    public void ValidAnswersBecomeAnswersOfTheRightShape()
    {
        var result = ParseAll(Candidate, ValidCandidateFields());

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(Answer.Of(7m), result.Answers["work_ability"]);
        Assert.Equal(Answer.Of(32.5m), result.Answers["hours_worked"]);
        Assert.Equal(Answer.Of(true), result.Answers["learned_new"]);
        Assert.Equal(Answer.Of(false), result.Answers["has_goals"]);
        Assert.Equal(Answer.Of("Meer vaste taken"), result.Answers["help_now"]);
        Assert.False(result.Answers.ContainsKey("contract_hours"));
        Assert.Equal(9, result.Answers.Count);
    }

    [Fact]
    public void AChoiceIsStoredAsItsOptionId()
    {
        var fields = new Dictionary<string, string?>
        {
            ["s_progress"] = "4", ["s_social_fit"] = "5", ["s_fit"] = "4", ["s_work_ability"] = "8", ["s_independent"] = "3",
            ["s_task_growth"] = "yes", ["s_ready_more"] = "more_tasks", ["s_adjustment_fit-a1"] = "partly", ["s_adjustment_fit-a2"] = "no",
            ["s_coach_collab"] = "5", ["s_concerns"] = "no",
        };

        var result = ParseAll(Supervisor, fields);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(Answer.Of("more_tasks"), result.Answers["s_ready_more"]);
        Assert.Equal((Answer.Of("partly"), Answer.Of("no")), (result.Answers["s_adjustment_fit-a1"], result.Answers["s_adjustment_fit-a2"]));
    }

    [Theory]
    [InlineData("32,5", 32.5)]
    [InlineData(" 40 ", 40)]
    [InlineData("0", 0)]
    [InlineData("7.25", 7.25)]
    public void NumbersAreReadWithADecimalPointOrADecimalComma(string value, double expected)
    {
        var fields = ValidCandidateFields();
        fields["hours_worked"] = value;

        Assert.Equal(Answer.Of((decimal)expected), ParseAll(Candidate, fields).Answers["hours_worked"]);
    }

    [Theory]
    [InlineData("work_ability", "11", "Kies een cijfer van 0 tot en met 10.")]
    [InlineData("work_ability", "-1", "Kies een cijfer van 0 tot en met 10.")]
    [InlineData("work_ability", "6.5", "Kies een cijfer van 0 tot en met 10.")]
    [InlineData("energy", "veel", "Kies een cijfer van 1 tot en met 5.")]
    [InlineData("hours_worked", "81", "Vul een getal in van 0 tot en met 80.")]
    [InlineData("hours_worked", "twintig", "Vul een getal in, bijvoorbeeld 32 of 32,5.")]
    [InlineData("hours_worked", "1.000,5", "Vul een getal in, bijvoorbeeld 32 of 32,5.")]
    [InlineData("hours_worked", "7.3", "Rond het getal af op stappen van 0,25.")]
    [InlineData("learned_new", "ja", "Kies ja of nee.")]
    [InlineData("learned_new", "", "Kies ja of nee.")]
    [InlineData("work_ability", null, "Kies een antwoord.")]
    public void ABadOrMissingValueGivesAFriendlyMessageForThatItem(string item, string? value, string message)
    {
        var fields = ValidCandidateFields();
        fields[item] = value;

        var result = ParseAll(Candidate, fields);

        Assert.Equal(message, Assert.Single(result.Errors, e => e.Key == item).Value);
        Assert.False(result.Answers.ContainsKey(item));
    }

    [Fact]
    public void MessagesAreInTheRequestedLanguage()
    {
        var fields = ValidCandidateFields();
        fields["hours_worked"] = "81";

        Assert.Equal("Enter a number from 0 to 80.", ParseAll(Candidate, fields, "en").Errors["hours_worked"]);
    }

    [Fact]
    public void AnUnknownChoiceIsAnError()
    {
        var result = ParseAll(Supervisor, new Dictionary<string, string?> { ["s_ready_more"] = "promotion" });

        Assert.Equal("Kies een van de antwoorden.", result.Errors["s_ready_more"]);
        Assert.Equal("Kies een antwoord.", result.Errors["s_progress"]);
    }

    [Fact]
    public void AnUnknownFieldIsAnErrorForTheWholeForm()
    {
        var fields = ValidCandidateFields();
        fields["s_comments"] = "from the other questionnaire";

        var result = ParseAll(Candidate, fields);

        Assert.Equal("Er ging iets mis met het formulier. Open de link opnieuw en probeer het nog eens.", result.Errors[AnswerForm.FormError]);
        Assert.False(result.Answers.ContainsKey("s_comments"));
    }

    [Fact]
    public void TextOverTheLimitIsAnErrorAndIsNotCutOff()
    {
        var fields = ValidCandidateFields();
        fields["help_now"] = new string('a', 501);

        var result = ParseAll(Candidate, fields);

        Assert.Equal("Deze tekst is te lang: maximaal 500 tekens, nu 501. Maak de tekst wat korter.", result.Errors["help_now"]);
        Assert.False(result.Answers.ContainsKey("help_now"));
    }

    [Fact]
    public void LineBreaksCountAsOneCharacterAsTheBrowserCountedThem()
    {
        var fields = ValidCandidateFields();
        fields["help_now"] = string.Concat(Enumerable.Repeat("ab\r\n", 125));

        Assert.Equal(fields["help_now"], ParseAll(Candidate, fields).Answers["help_now"].Text);
    }

    [Fact]
    public void HtmlInFreeTextIsKeptVerbatimAsText()
    {
        var fields = ValidCandidateFields();
        fields["help_now"] = "<script>alert('x')</script> & <b>meer</b> uren";

        Assert.Equal(Answer.Of("<script>alert('x')</script> & <b>meer</b> uren"), ParseAll(Candidate, fields).Answers["help_now"]);
    }

    [Fact]
    public void OnlyTheCheckedGroupsReportMissingAnswers()
    {
        var firstScreen = Candidate.Groups[0];

        var result = AnswerForm.Parse(Candidate, [firstScreen], new Dictionary<string, string?> { ["work_ability"] = "5", ["hours_worked"] = "abc" }, "nl");

        Assert.Equal(["energy", "support"], result.Errors.Keys.Order());
        Assert.Equal(Answer.Of(5m), Assert.Single(result.Answers).Value);
    }

    [Fact]
    public void AnswersTurnBackIntoTheFieldsTheyCameFrom()
    {
        var fields = ValidCandidateFields();
        var answers = ParseAll(Candidate, fields).Answers;

        var again = AnswerForm.ToFields(Candidate, answers);

        Assert.Equal("7", again["work_ability"]);
        Assert.Equal("32.5", again["hours_worked"]);
        Assert.Equal("yes", again["learned_new"]);
        Assert.Equal("no", again["has_goals"]);
        Assert.Equal("Meer vaste taken", again["help_now"]);
        Assert.Equal(answers, ParseAll(Candidate, again).Answers);
    }

    [Fact]
    public void RespondentTextKeepsNoControlCharactersNoncharactersOrBidiControlsAndInvisibleTextIsNoAnswer()
    {
        foreach (var definition in new[] { Candidate, Supervisor })
        {
            foreach (var item in definition.Items.OfType<TextItem>())
            {
                var typed = AnswerForm.Parse(definition, [], new Dictionary<string, string?> { [item.Id] = "Meer\u0000 uren\uFFFE\r\nen\u202E rust\u0007\u2028" }, "nl");
                var invisible = AnswerForm.Parse(definition, [], new Dictionary<string, string?> { [item.Id] = "\u200B\u2060 " }, "nl");

                Assert.Equal(Answer.Of("Meer uren\r\nen rust"), typed.Answers[item.Id]);
                Assert.False(invisible.Answers.ContainsKey(item.Id));
            }
        }
    }
}
