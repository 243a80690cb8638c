using System.Text.RegularExpressions;
using IpsMonitor.CheckIns;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.Tests.Questionnaires;

public sealed class QuestionnairePageTests
{
    // As a candidate in work sees it: five screens.
    private static readonly QuestionnaireDefinition Candidate = TestDefinitions.Shipped.Current(Respondent.Candidate).AskedOf(inWork: true);
    private static readonly QuestionnaireDefinition Supervisor = TestDefinitions.Shipped.Current(Respondent.Supervisor);
    private static readonly Dictionary<string, string?> NoValues = [];
    private static readonly Dictionary<string, string> NoErrors = [];

    private static string Page(QuestionnaireDefinition definition, int step, IReadOnlyDictionary<string, string?>? values = null,
        IReadOnlyDictionary<string, string>? errors = null, string lang = "nl") =>
        QuestionnairePage.Questions(definition, lang, step, values ?? NoValues, errors ?? NoErrors, "/q/abc");

    public static TheoryData<string, int> EveryScreen()
    {
        var data = new TheoryData<string, int>();
        foreach (var definition in new[] { Candidate, Supervisor })
            for (var step = 1; step <= definition.Groups.Count; step++)
                data.Add(definition.Id, step);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryScreen))]
    public void EveryItemOnAScreenHasALabelOrALegendWithItsQuestion(string id, int step)
    {
        var definition = TestDefinitions.Shipped.Current(id);
        var html = Page(definition, step);

        foreach (var item in definition.Groups[step - 1].Items)
        {
            var question = System.Net.WebUtility.HtmlEncode(item.Text["nl"]);
            if (item is NumberItem or TextItem)
                Assert.Contains($"<label class=\"label\" for=\"f-{item.Id}\">{question}", html, StringComparison.Ordinal);
            else
                Assert.Matches(new Regex($"<fieldset[^>]*>\\s*<legend>{Regex.Escape(question)}.*?name=\"{item.Id}\".*?</fieldset>", RegexOptions.Singleline), html);
        }

        Assert.Contains($"id=\"f-{definition.Groups[step - 1].Items[0].Id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-describedby=\"\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void APageIsAWholeDocumentInTheRequestedLanguageForAPhone()
    {
        var dutch = Page(Candidate, 1);
        var english = Page(Candidate, 1, lang: "en");

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl\">", dutch, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", english, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", dutch, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", dutch, StringComparison.Ordinal);
        Assert.Contains("Stap 1 van 5", dutch, StringComparison.Ordinal);
        Assert.Contains("<progress max=\"5\" value=\"1\"", dutch, StringComparison.Ordinal);
        Assert.Contains("Step 1 of 5", english, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" name=\"action\" value=\"language\" class=\"link\" lang=\"en\">English</button>", dutch, StringComparison.Ordinal);
        Assert.Contains(">Nederlands</button>", english, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"/q/abc\" enctype=\"application/x-www-form-urlencoded\"", dutch, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"step\" value=\"1\">", dutch, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFirstScreenHasNoBackButtonAndTheLastHasSubmitInsteadOfNext()
    {
        var first = Page(Candidate, 1);
        var middle = Page(Candidate, 3);
        var last = Page(Candidate, 5);

        Assert.DoesNotContain("value=\"back\"", first, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" name=\"action\" value=\"next\" class=\"primary\">Volgende</button>", first, StringComparison.Ordinal);
        Assert.Contains("value=\"back\"", middle, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\" name=\"action\" value=\"submit\" class=\"primary\">Versturen</button>", last, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"next\"", last, StringComparison.Ordinal);
        Assert.Contains(">Send</button>", Page(Supervisor, Supervisor.Groups.Count, lang: "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesArePrefilled()
    {
        var values = new Dictionary<string, string?> { ["work_ability"] = "7", ["hours_worked"] = "32,5", ["learned_new"] = "no", ["help_now"] = "Rust" };

        Assert.Contains("name=\"work_ability\" value=\"7\" checked>", Page(Candidate, 1, values), StringComparison.Ordinal);
        Assert.Contains("name=\"hours_worked\" value=\"32,5\"", Page(Candidate, 2, values), StringComparison.Ordinal);
        Assert.Contains("name=\"learned_new\" value=\"no\" checked>", Page(Candidate, 4, values), StringComparison.Ordinal);
        Assert.Contains(">\nRust</textarea>", Page(Candidate, 5, values), StringComparison.Ordinal);
    }

    [Fact]
    public void AnswersFromOtherScreensTravelAlongAsHiddenFields()
    {
        var values = new Dictionary<string, string?> { ["work_ability"] = "7", ["help_now"] = "Rust", ["hours_worked"] = "20" };

        var html = Page(Candidate, 2, values);

        Assert.Contains("<input type=\"hidden\" name=\"work_ability\" value=\"7\">", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"help_now\" value=\"Rust\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"hidden\" name=\"hours_worked\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsAreSummarisedAtTheTopAndShownAtTheFieldAsInvalid()
    {
        var errors = new Dictionary<string, string> { ["work_ability"] = "Kies een antwoord.", [AnswerForm.FormError] = "Er ging iets mis.", ["has_goals"] = "Kies ja of nee." };

        var html = Page(Candidate, 1, errors: errors);

        Assert.Contains("<div class=\"error-summary\" tabindex=\"-1\" autofocus", html, StringComparison.Ordinal);
        Assert.Contains("<li>Er ging iets mis.</li>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Er ging iets mis.", StringComparison.Ordinal) < html.IndexOf("#q-work_ability", StringComparison.Ordinal));
        Assert.True(html.IndexOf("#q-work_ability", StringComparison.Ordinal) < html.IndexOf("Stap 4 van 5:", StringComparison.Ordinal));
        Assert.Contains("<li><a href=\"#q-work_ability\">Hoe werken nu lukt: Kies een antwoord.</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Stap 4 van 5: Een doel voor jezelf: Kies ja of nee.</li>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"e-work_ability\">", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"item invalid\" id=\"q-work_ability\" tabindex=\"-1\" aria-describedby=\"s-work_ability e-work_ability\">", html, StringComparison.Ordinal);
        Assert.Equal(11, Regex.Count(html, "name=\"work_ability\" value=\"\\d+\" aria-invalid=\"true\""));
        Assert.DoesNotContain("name=\"energy\" value=\"1\" aria-invalid", html, StringComparison.Ordinal);
        Assert.StartsWith("Fout:", Regex.Match(html, "<title>(.*?)</title>").Groups[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberAndTextFieldsPointToTheirErrorAndLimit()
    {
        var html = Page(Candidate, 5, errors: new Dictionary<string, string> { ["help_now"] = "Te lang." });

        Assert.Contains("<textarea id=\"f-help_now\" name=\"help_now\" rows=\"5\" aria-describedby=\"h-help_now m-help_now e-help_now\" aria-invalid=\"true\">", html, StringComparison.Ordinal);
        Assert.Contains("Maximaal 500 tekens.", html, StringComparison.Ordinal);
        Assert.Contains("type=\"text\" inputmode=\"decimal\" autocomplete=\"off\" spellcheck=\"false\" id=\"f-hours_worked\"", Page(Candidate, 2), StringComparison.Ordinal);
        Assert.Contains("<span class=\"unit\" id=\"u-hours_worked\">uur</span>", Page(Candidate, 2), StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptInAnAnswerComesBackAsText()
    {
        var attack = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        var values = new Dictionary<string, string?> { ["help_now"] = attack, ["work_ability"] = attack };
        var errors = new Dictionary<string, string> { ["help_now"] = attack };

        foreach (var html in new[] { Page(Candidate, 5, values, errors), Page(Candidate, 2, values), QuestionnairePage.Problem("nl", attack, "javascript:alert(3)") })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheSupervisorPageNeverShowsTheCandidatesAnswers()
    {
        var mixed = new Dictionary<string, string?> { ["help_now"] = "geheim van de kandidaat", ["work_ability"] = "3", ["s_comments"] = "eigen opmerking" };

        var pages = Enumerable.Range(1, Supervisor.Groups.Count).Select(step => Page(Supervisor, step, mixed)).ToList();

        Assert.All(pages, html => Assert.DoesNotContain("geheim van de kandidaat", html, StringComparison.Ordinal));
        Assert.All(pages, html => Assert.DoesNotContain("name=\"work_ability\"", html, StringComparison.Ordinal));
        Assert.All(pages, html => Assert.Contains("eigen opmerking", html, StringComparison.Ordinal));
    }

    [Fact]
    public void NoPageHasAScript()
    {
        IEnumerable<string> pages =
        [
            .. EveryScreen().Select(row => Page(TestDefinitions.Shipped.Current((string)row[0]), (int)row[1])),
            .. Enum.GetValues<UnavailableReason>().Select(r => QuestionnairePage.Unavailable("nl", r)),
            QuestionnairePage.ThankYou("nl", Respondent.Candidate),
            QuestionnairePage.ThankYou("en", Respondent.Supervisor),
            QuestionnairePage.Problem("en", "The answers were too long to receive."),
        ];

        Assert.All(pages, html => Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase));
        Assert.All(pages, html => Assert.DoesNotContain(" on", Regex.Replace(html, "<style>.*?</style>|>[^<]*<", "><", RegexOptions.Singleline), StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownLinkAndACancelledOneLookTheSame()
    {
        Assert.Equal(QuestionnairePage.Unavailable("nl", UnavailableReason.Unknown), QuestionnairePage.Unavailable("nl", UnavailableReason.Cancelled));
        Assert.NotEqual(QuestionnairePage.Unavailable("nl", UnavailableReason.Unknown), QuestionnairePage.Unavailable("nl", UnavailableReason.Expired));
        Assert.Contains("IPS-begeleider", QuestionnairePage.Unavailable("nl", UnavailableReason.AlreadyAnswered), StringComparison.Ordinal);
        Assert.Contains("IPS job coach", QuestionnairePage.Unavailable("en", UnavailableReason.Expired), StringComparison.Ordinal);
    }

    [Fact]
    public void TheThankYouPageSpeaksToTheRespondent()
    {
        Assert.Contains("Je antwoorden", QuestionnairePage.ThankYou("nl", Respondent.Candidate), StringComparison.Ordinal);
        Assert.Contains("Uw antwoorden", QuestionnairePage.ThankYou("nl", Respondent.Supervisor), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", QuestionnairePage.ThankYou("en", Respondent.Candidate), StringComparison.Ordinal);
    }

    [Fact]
    public void AProblemPageOffersAWayBack()
    {
        Assert.Contains("<a href=\"/q/abc\">Terug naar de vragenlijst</a>", QuestionnairePage.Problem("nl", "Te veel tekst.", "/q/abc"), StringComparison.Ordinal);
        Assert.Contains("terugknop", QuestionnairePage.Problem("nl", "Te veel tekst."), StringComparison.Ordinal);
    }
}
