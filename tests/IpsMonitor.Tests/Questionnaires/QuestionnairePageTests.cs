using AngleSharp.Dom;

namespace IpsMonitor.Tests.Questionnaires;

public sealed class QuestionnairePageTests
{
    // As a candidate in work sees it: five screens.
    private static readonly QuestionnaireDefinition Candidate = TestDefinitions.Shipped.Current(Respondent.Candidate).AskedOf(inWork: true);
    private static readonly QuestionnaireDefinition Supervisor = TestDefinitions.Shipped.Current(Respondent.Supervisor)
        .AskedAbout([PerAdjustmentTests.Asked("a1", "Extra pauzes")]);
    private static readonly Dictionary<string, string?> NoValues = [];
    private static readonly Dictionary<string, string> NoErrors = [];

    private static Task<string> HtmlAsync(QuestionnaireDefinition definition, int step, IReadOnlyDictionary<string, string?>? values = null,
        IReadOnlyDictionary<string, string>? errors = null, string lang = "nl") =>
        QuestionnairePage.QuestionsAsync(definition, lang, step, values ?? NoValues, errors ?? NoErrors, "/q/abc");

    private static async Task<IDocument> PageAsync(QuestionnaireDefinition definition, int step, IReadOnlyDictionary<string, string?>? values = null,
        IReadOnlyDictionary<string, string>? errors = null, string lang = "nl") =>
        Dom.Parse(await HtmlAsync(definition, step, values, errors, lang));

    private static IElement One(IDocument page, string selector) =>
        page.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No {selector} on the page.");

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
    public async Task EveryItemOnAScreenHasALabelOrALegendWithItsQuestion(string id, int step)
    {
        var definition = id == Supervisor.Id ? Supervisor : Candidate;
        var html = await HtmlAsync(definition, step);
        var page = Dom.Parse(html);

        foreach (var item in definition.Groups[step - 1].Items)
        {
            if (item is NumberItem or TextItem)
                Assert.StartsWith(item.Text["nl"], One(page, $"label.label[for=f-{item.Id}]").Text(), StringComparison.Ordinal);
            else
            {
                var fieldset = One(page, $"fieldset#q-{item.Id}");
                Assert.StartsWith(item.Text["nl"], One(fieldset, "legend").Text(), StringComparison.Ordinal);
                Assert.NotEmpty(fieldset.QuerySelectorAll($"input[name={item.Id}]"));
            }
        }

        Assert.NotNull(page.GetElementById($"f-{definition.Groups[step - 1].Items[0].Id}"));
        Assert.Empty(page.QuerySelectorAll("[aria-describedby='']"));
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    private static IElement One(IElement parent, string selector) =>
        parent.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No {selector} in the element.");

    [Fact]
    public async Task APageIsAWholeDocumentInTheRequestedLanguageForAPhone()
    {
        var dutchHtml = await HtmlAsync(Candidate, 1);
        var dutch = Dom.Parse(dutchHtml);
        var english = await PageAsync(Candidate, 1, lang: "en");
        var french = await PageAsync(Candidate, 1, lang: "fr");

        Assert.StartsWith("<!DOCTYPE html>", dutchHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("nl", dutch.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("fr", french.DocumentElement.GetAttribute("lang"));
        Assert.Equal("width=device-width, initial-scale=1", One(dutch, "meta[name=viewport]").GetAttribute("content"));
        Assert.Equal("noindex", One(dutch, "meta[name=robots]").GetAttribute("content"));
        Assert.Equal("Stap 1 van 5", One(dutch, ".progress-text").Text());
        Assert.Equal(("5", "1"), (One(dutch, "progress").GetAttribute("max"), One(dutch, "progress").GetAttribute("value")));
        Assert.Equal("Step 1 of 5", One(english, ".progress-text").Text());
        Assert.Equal("Étape 1 sur 5", One(french, ".progress-text").Text());
        // A button for each other language, named in that language, that posts the screen.
        Assert.Equal([("language-en", "en", "English"), ("language-fr", "fr", "Français")],
            dutch.QuerySelectorAll(".top button.link[type=submit][name=action]")
                .Select(b => (b.GetAttribute("value"), b.GetAttribute("lang"), b.Text())));
        Assert.Equal(["Nederlands", "Français"], english.QuerySelectorAll(".top button.link").Select(b => b.Text()));
        var form = One(dutch, "form");
        Assert.Equal(("post", "/q/abc", "application/x-www-form-urlencoded"),
            (form.GetAttribute("method"), form.GetAttribute("action"), form.GetAttribute("enctype")));
        Assert.Equal("1", One(dutch, "input[type=hidden][name=step]").GetAttribute("value"));
        Assert.Empty(dutch.QuerySelectorAll("link"));
    }

    [Fact]
    public async Task TheFirstScreenHasNoBackButtonAndTheLastHasSubmitInsteadOfNext()
    {
        var first = await PageAsync(Candidate, 1);
        var middle = await PageAsync(Candidate, 3);
        var last = await PageAsync(Candidate, 5);

        Assert.Empty(first.QuerySelectorAll("[value=back]"));
        Assert.Equal("Volgende", One(first, "button.primary[type=submit][name=action][value=next]").Text());
        Assert.NotEmpty(middle.QuerySelectorAll("button[value=back]"));
        Assert.Equal("Versturen", One(last, "button.primary[type=submit][name=action][value=submit]").Text());
        Assert.Empty(last.QuerySelectorAll("[value=next]"));
        Assert.Equal("Send", One(await PageAsync(Supervisor, Supervisor.Groups.Count, lang: "en"), "button.primary").Text());
    }

    [Fact]
    public async Task ValuesArePrefilled()
    {
        var values = new Dictionary<string, string?> { ["work_ability"] = "7", ["hours_worked"] = "32,5", ["learned_new"] = "no", ["help_now"] = "Rust" };

        Assert.Equal(["7"], (await PageAsync(Candidate, 1, values)).QuerySelectorAll("input[name=work_ability][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal("32,5", One(await PageAsync(Candidate, 2, values), "input[name=hours_worked]").GetAttribute("value"));
        Assert.Equal("32.5", One(await PageAsync(Candidate, 2, values, lang: "en"), "input[name=hours_worked]").GetAttribute("value"));
        Assert.Equal(["no"], (await PageAsync(Candidate, 4, values)).QuerySelectorAll("input[name=learned_new][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal("Rust", One(await PageAsync(Candidate, 5, values), "textarea[name=help_now]").TextContent);
    }

    [Fact]
    public async Task AnswersFromOtherScreensTravelAlongAsHiddenFields()
    {
        var values = new Dictionary<string, string?> { ["work_ability"] = "7", ["help_now"] = "Rust", ["hours_worked"] = "20" };

        var page = await PageAsync(Candidate, 2, values);

        Assert.Equal("7", One(page, "input[type=hidden][name=work_ability]").GetAttribute("value"));
        Assert.Equal("Rust", One(page, "input[type=hidden][name=help_now]").GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("input[type=hidden][name=hours_worked]"));
    }

    [Fact]
    public async Task ErrorsAreSummarisedAtTheTopAndShownAtTheFieldAsInvalid()
    {
        var errors = new Dictionary<string, string> { ["work_ability"] = "Kies een antwoord.", [AnswerForm.FormError] = "Er ging iets mis.", ["has_goals"] = "Kies ja of nee." };

        var page = await PageAsync(Candidate, 1, errors: errors);

        var summary = One(page, "div.error-summary[tabindex='-1'][autofocus]");
        Assert.Equal(["Er ging iets mis.", "Hoe werken nu lukt: Kies een antwoord.", "Stap 4 van 5: Een doel voor jezelf: Kies ja of nee."],
            summary.QuerySelectorAll("li").Select(li => li.Text()));
        Assert.Equal(["#q-work_ability"], summary.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("p.field-error#e-work_ability"));
        var fieldset = One(page, "fieldset#q-work_ability");
        Assert.Equal(("item invalid", "-1", "s-work_ability e-work_ability"),
            (fieldset.GetAttribute("class"), fieldset.GetAttribute("tabindex"), fieldset.GetAttribute("aria-describedby")));
        Assert.Equal(11, page.QuerySelectorAll("input[name=work_ability][aria-invalid=true]").Length);
        Assert.Empty(page.QuerySelectorAll("input[name=energy][aria-invalid]"));
        Assert.StartsWith("Fout:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NumberAndTextFieldsPointToTheirErrorAndLimit()
    {
        var page = await PageAsync(Candidate, 5, errors: new Dictionary<string, string> { ["help_now"] = "Te lang." });
        var numbers = await PageAsync(Candidate, 2);

        var text = One(page, "textarea#f-help_now[name=help_now][rows='5']");
        Assert.Equal(("h-help_now m-help_now e-help_now", "true"), (text.GetAttribute("aria-describedby"), text.GetAttribute("aria-invalid")));
        Assert.Equal("Maximaal 500 tekens.", One(page, "#m-help_now").Text());
        var number = One(numbers, "input#f-hours_worked");
        Assert.Equal(("text", "decimal", "off", "false"),
            (number.GetAttribute("type"), number.GetAttribute("inputmode"), number.GetAttribute("autocomplete"), number.GetAttribute("spellcheck")));
        Assert.Equal("uur", One(numbers, "span.unit#u-hours_worked").Text());
    }

    [Fact]
    public async Task ScriptInAnAnswerComesBackAsText()
    {
        var attack = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        var values = new Dictionary<string, string?> { ["help_now"] = attack, ["work_ability"] = attack };
        var errors = new Dictionary<string, string> { ["help_now"] = attack };

        var pages = new[]
        {
            await HtmlAsync(Candidate, 5, values, errors), await HtmlAsync(Candidate, 2, values),
            await QuestionnairePage.ProblemAsync("nl", _ => attack, "javascript:alert(3)"),
        };

        Assert.All(pages.Select(Dom.Parse), page =>
        {
            Assert.Empty(page.QuerySelectorAll("script, img"));
            Assert.DoesNotContain(page.QuerySelectorAll("[href]"), a => (a.GetAttribute("href") ?? "").Contains("javascript:", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(attack, (page.Body?.TextContent ?? "") + string.Concat(page.QuerySelectorAll("input").Select(i => i.GetAttribute("value"))), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TheSupervisorPageNeverShowsTheCandidatesAnswers()
    {
        var mixed = new Dictionary<string, string?> { ["help_now"] = "geheim van de kandidaat", ["work_ability"] = "3", ["s_comments"] = "eigen opmerking" };

        var pages = new List<string>();
        for (var step = 1; step <= Supervisor.Groups.Count; step++)
            pages.Add(await HtmlAsync(Supervisor, step, mixed));

        Assert.All(pages, html => Assert.DoesNotContain("geheim van de kandidaat", html, StringComparison.Ordinal));
        Assert.All(pages, html => Assert.Empty(Dom.Parse(html).QuerySelectorAll("[name=work_ability]")));
        Assert.All(pages, html => Assert.Contains("eigen opmerking", html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoPageHasAScriptOrAnEventHandler()
    {
        var pages = new List<string>();
        foreach (var row in EveryScreen())
            pages.Add(await HtmlAsync(TestDefinitions.Shipped.Current((string)row[0]), (int)row[1]));
        foreach (var reason in Enum.GetValues<UnavailableReason>())
            pages.Add(await QuestionnairePage.UnavailableAsync("nl", reason));
        pages.Add(await QuestionnairePage.ThankYouAsync("nl", Respondent.Candidate));
        pages.Add(await QuestionnairePage.ThankYouAsync("en", Respondent.Supervisor));
        pages.Add(await QuestionnairePage.ProblemAsync("fr", t => t.TooMuchText));

        Assert.All(pages.Select(Dom.Parse), page =>
        {
            Assert.Empty(page.QuerySelectorAll("script"));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public async Task AnUnknownLinkAndACancelledOneLookTheSame()
    {
        async Task<string> Text(string lang, UnavailableReason reason) => Dom.Parse(await QuestionnairePage.UnavailableAsync(lang, reason)).Body?.Text() ?? "";

        Assert.Equal(await Text("nl", UnavailableReason.Unknown), await Text("nl", UnavailableReason.Cancelled));
        Assert.NotEqual(await Text("nl", UnavailableReason.Unknown), await Text("nl", UnavailableReason.Expired));
        Assert.Contains("IPS-begeleider", await Text("nl", UnavailableReason.AlreadyAnswered), StringComparison.Ordinal);
        Assert.Contains("IPS job coach", await Text("en", UnavailableReason.Expired), StringComparison.Ordinal);
        Assert.Contains("job coach IPS", await Text("fr", UnavailableReason.Expired), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheThankYouPageSpeaksToTheRespondent()
    {
        async Task<IDocument> Thanks(string lang, Respondent respondent) => Dom.Parse(await QuestionnairePage.ThankYouAsync(lang, respondent));

        Assert.StartsWith("Je antwoorden", One(await Thanks("nl", Respondent.Candidate), "h1 + p").Text(), StringComparison.Ordinal);
        Assert.StartsWith("Uw antwoorden", One(await Thanks("nl", Respondent.Supervisor), "h1 + p").Text(), StringComparison.Ordinal);
        Assert.StartsWith("Tes réponses", One(await Thanks("fr", Respondent.Candidate), "h1 + p").Text(), StringComparison.Ordinal);
        Assert.StartsWith("Vos réponses", One(await Thanks("fr", Respondent.Supervisor), "h1 + p").Text(), StringComparison.Ordinal);
        Assert.Equal("en", (await Thanks("en", Respondent.Candidate)).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task AProblemPageOffersAWayBack()
    {
        var back = Dom.Parse(await QuestionnairePage.ProblemAsync("nl", _ => "Te veel tekst.", "/q/abc"));
        var none = Dom.Parse(await QuestionnairePage.ProblemAsync("nl", _ => "Te veel tekst."));

        Assert.Equal(("/q/abc", "Terug naar de vragenlijst"), (One(back, "a").GetAttribute("href"), One(back, "a").Text()));
        Assert.Contains("terugknop", none.Body?.Text(), StringComparison.Ordinal);
    }
}
