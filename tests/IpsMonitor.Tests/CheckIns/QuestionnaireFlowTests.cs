namespace IpsMonitor.Tests.CheckIns;

public sealed class QuestionnaireFlowTests
{
    private static async Task<(TestProgramme P, string CandidateId, Visitor Person, QuestionnaireDefinition Definition)> SetUpAsync(string respondent = "candidate")
    {
        var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        if (respondent == "supervisor")
            await p.StartJobAsync(id, new DateOnly(2026, 9, 1), consent: true);
        var person = await Visitor.LinkAsync(p, id, respondent);
        return (p, id, person, await person.DefinitionAsync());
    }

    private static async Task<VersionedInvitation> StoredAsync(TestProgramme p, string token) =>
        (await p.Service<CheckInStore>().FindByTokenAsync(token, CancellationToken.None))!;

    [Fact]
    public async Task AnsweringEveryScreenStoresTheAnswersAndQueuesOneMessage()
    {
        var (p, id, person, definition) = await SetUpAsync();
        await using var _ = p;

        var submitted = await person.AnswerAllAsync();
        var thanks = await person.GetAsync(submitted.Headers.Location!.OriginalString[(person.Token.Length)..]);

        Assert.Equal("nl", Dom.Parse(await thanks.Content.ReadAsStringAsync()).DocumentElement.GetAttribute("lang"));
        Assert.Contains("Bedankt", await thanks.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var stored = await StoredAsync(p, person.Token);
        Assert.Equal(InvitationState.Answered, stored.Invitation.State);
        Assert.Equal(definition.Items.Count(), stored.Invitation.Answers.Count);
        Assert.Equal(10m, stored.Invitation.Answers["work_readiness"].Number);
        Assert.Equal("Meer uitdaging <script>alert('x')</script>", stored.Invitation.Answers[ItemIds.HelpNow].Text);
        Assert.Equal(definition.Version, stored.Invitation.QuestionnaireVersion);
        var message = Assert.Single(await CheckInQueues.PeekAsync(p, QueueNames.CheckInSubmitted));
        Assert.Equal(stored.Invitation.Id, message.GetProperty("invitationId").GetString());
        Assert.Equal(0, await p.Service<CheckInOutbox>().SweepAsync(CancellationToken.None));
        // The caseload reads the candidate's summary, which the queued message's recompute brings up to date.
        await p.Service<IpsMonitor.Signals.RecomputeSignals>().OnCheckIn(Json.Read<CheckInMessage>(message.GetRawText()), CancellationToken.None);
        var caseload = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<JsonElement[]>(p.CoachA, $"programmes/{TestProgramme.Id}/candidates");
        Assert.Equal(stored.Invitation.AnsweredAt, caseload!.Single(c => c.GetProperty("id").GetString() == id).GetProperty("lastCheckIn").GetDateTimeOffset());
    }

    [Fact]
    public async Task ADoubleSubmitStoresOneAnswerSetAndThanksTwice()
    {
        var (p, _, person, definition) = await SetUpAsync();
        await using var __ = p;
        for (var step = 1; step < definition.Groups.Count; step++)
            await person.PostAsync(Visitor.ValidScreen(definition.Groups[step - 1], step, "next"));
        var last = Visitor.ValidScreen(definition.Groups[^1], definition.Groups.Count, "submit");

        var both = await Task.WhenAll(person.PostAsync(last), person.PostAsync(last));
        var answeredAt = (await StoredAsync(p, person.Token)).Invitation.AnsweredAt;
        var third = await person.PostAsync(last);

        Assert.All(both.Append(third), r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
        Assert.Equal(answeredAt, (await StoredAsync(p, person.Token)).Invitation.AnsweredAt);
        Assert.Single(await CheckInQueues.PeekAsync(p, QueueNames.CheckInSubmitted));
    }

    [Fact]
    public async Task AnswersAreKeptOnTheServerWhenThePersonComesBackLater()
    {
        var (p, _, person, definition) = await SetUpAsync();
        await using var _ = p;
        var first = Visitor.ValidScreen(definition.Groups[0], 1, "next");

        await person.PostAsync(first);
        var again = await (await person.GetAsync("?step=1")).Content.ReadAsStringAsync();

        var scale = definition.Groups[0].Items.OfType<ScaleItem>().First();
        Assert.Matches($"name=\"{scale.Id}\" value=\"{scale.Max}\"[^>]*checked", again);
        Assert.Equal(InvitationState.Open, (await StoredAsync(p, person.Token)).Invitation.State);
    }

    public static TheoryData<string, string?, string> BadScreens => new()
    {
        { "missing required", null, "work_ability" },
        { "out of range", "11", "work_ability" },
        { "not a number", "veel", "work_ability" },
    };

    [Theory]
    [MemberData(nameof(BadScreens))]
    public async Task ABadAnswerIsShownOnTheFormAndNothingIsStored(string _, string? workAbility, string field)
    {
        var (p, __, person, definition) = await SetUpAsync();
        await using var ___ = p;
        // The first 0–10 scale the person is asked (work ability in work, readiness for work when looking).
        var scale = definition.Groups[0].Items.OfType<ScaleItem>().First(i => i.Max == 10).Id;
        var fields = Visitor.ValidScreen(definition.Groups[0], 1, "next").Where(f => f.Key != scale).ToList();
        if (workAbility is not null)
            fields.Add(new(scale, workAbility));

        var response = await person.PostAsync(fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error-summary\" tabindex=\"-1\" autofocus", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains(field == ItemIds.WorkAbility ? scale : field, html, StringComparison.Ordinal);
        Assert.Empty((await StoredAsync(p, person.Token)).Draft);
    }

    [Fact]
    public async Task UnknownItemsTextOverTheLimitAndAnotherQuestionnairesItemsAreRefused()
    {
        var (p, _, person, definition) = await SetUpAsync();
        await using var __ = p;
        var textStep = definition.StepOf(ItemIds.HelpNow)!.Value;
        var screen = Visitor.ValidScreen(definition.Groups[textStep - 1], textStep, "next");

        var unknown = await person.PostAsync(screen.Append(new("diagnose", "x")));
        var supervisorItem = await person.PostAsync(screen.Append(new(ItemIds.SupervisorProgress, "3")));
        var tooLong = await person.PostAsync(screen.Where(f => f.Key != ItemIds.HelpNow).Append(new(ItemIds.HelpNow, new string('a', 501))));

        Assert.All(new[] { unknown, supervisorItem, tooLong }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Empty((await StoredAsync(p, person.Token)).Draft);
        Assert.Equal(InvitationState.Open, (await StoredAsync(p, person.Token)).Invitation.State);
    }

    [Fact]
    public async Task AWrongContentTypeOrAnOversizedBodyGetsAFriendlyPage()
    {
        var (p, _, person, _) = await SetUpAsync();
        await using var __ = p;

        var json = await person.PostRawAsync(new StringContent("{\"work_ability\":5}", System.Text.Encoding.UTF8, "application/json"));
        var huge = await person.PostAsync([new("step", "1"), new("action", "next"), new(ItemIds.HelpNow, new string('x', 20_000))]);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal("text/html", huge.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await StoredAsync(p, person.Token)).Draft);
    }

    [Fact]
    public async Task UnknownExpiredAndReplacedLinksGetAFriendlyPageThatRevealsNothing()
    {
        var (p, id, person, _) = await SetUpAsync();
        await using var __ = p;
        using var stranger = new Visitor(p, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        var unknown = await stranger.GetAsync();
        using var newer = await Visitor.LinkAsync(p, id);
        var replaced = await person.GetAsync();
        p.Clock.Offset = TimeSpan.FromDays(15);
        var expired = await newer.GetAsync();

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        var page = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("begeleider", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(id, page + await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", unknown.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task TheSupervisorFormAsksOnlySupervisorQuestionsAndShowsNothingTheCandidateAnswered()
    {
        var (p, id, supervisor, definition) = await SetUpAsync("supervisor");
        await using var _ = p;
        using var candidate = await Visitor.LinkAsync(p, id);
        await candidate.AnswerAllAsync();

        var pages = new List<string>();
        for (var step = 1; step <= definition.Groups.Count; step++)
            pages.Add(await (await supervisor.GetAsync($"?step={step}")).Content.ReadAsStringAsync());
        var html = string.Join("\n", pages);

        Assert.Contains($"name=\"{ItemIds.SupervisorProgress}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"name=\"{ItemIds.WorkAbility}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Meer uitdaging", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<input[^>]* checked", html);
    }

    [Fact]
    public async Task WithdrawingConsentStopsASupervisorLinkThatWentOutAlready()
    {
        var (p, id, supervisor, _) = await SetUpAsync("supervisor");
        await using var _ = p;
        var jobId = (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<JsonElement>(p.CoachA, $"candidates/{id}")).GetProperty("jobs")[0].GetProperty("id").GetString();

        await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(p.CoachA, $"candidates/{id}/jobs/{jobId}/consent", new { disclosure = "none", supervisorConsent = false });
        var page = await supervisor.GetAsync();

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
    }

    [Fact]
    public async Task ASubmissionWhoseMessageWasLostIsSentAgainByTheSweep()
    {
        var (p, id, person, _) = await SetUpAsync();
        await using var __ = p;
        var store = p.Service<CheckInStore>();
        var file = await StoredAsync(p, person.Token);
        var answered = file.Invitation with { State = InvitationState.Answered, AnsweredAt = p.Clock.GetUtcNow(), Answers = new Dictionary<string, Answer> { [ItemIds.WorkAbility] = Answer.Of(6) } };

        // The answers are stored with their outbox row, then the host dies before the enqueue.
        Assert.True(await store.CloseAsync(file, answered, QueueNames.CheckInSubmitted, CancellationToken.None));
        var outbox = p.Service<CheckInOutbox>();
        Assert.Equal(0, await outbox.SweepAsync(CancellationToken.None));
        p.Clock.Offset = TimeSpan.FromMinutes(2);
        Assert.Equal(1, await outbox.SweepAsync(CancellationToken.None));
        Assert.Equal(0, await outbox.SweepAsync(CancellationToken.None));

        var message = Assert.Single(await CheckInQueues.PeekAsync(p, QueueNames.CheckInSubmitted));
        Assert.Equal(id, message.GetProperty("candidateId").GetString());
    }
}
