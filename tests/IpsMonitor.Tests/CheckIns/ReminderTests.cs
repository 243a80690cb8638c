using System.Globalization;
using System.Text.RegularExpressions;

namespace IpsMonitor.Tests.CheckIns;

/// <summary>
/// Reminders under a moved clock, mailed to a real SMTP server: the timer's work is run at every hour of a check-in's
/// life, as the hourly timer would, and what arrives (and when, on the moved clock) is what is asserted.
/// </summary>
public sealed partial class ReminderTests
{
    [GeneratedRegex(@"http://\S+/q/[A-Za-z0-9_-]{20,}")]
    private static partial Regex Link();

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    /// <summary>A programme, the mail server it sends to and the clock both read; disposed together, the host first.</summary>
    private sealed record Started(TestProgramme P, TestSmtp Smtp, TestClock Clock) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await P.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }

    private static async Task<Started> StartAsync(DateTimeOffset now)
    {
        var clock = new TestClock();
        MoveTo(clock, now);
        var smtp = await TestSmtp.StartAsync(clock);
        var p = await TestProgramme.StartAsync(smtp.Settings(), services: s => s.AddSingleton<TimeProvider>(clock));
        return new Started(p, smtp, clock);
    }

    private static void MoveTo(TestClock clock, DateTimeOffset at) => clock.Offset = at - TimeProvider.System.GetUtcNow();

    /// <summary>Every hour from one instant to another, as the hourly timer (0 0 * * * *) would run.</summary>
    private static async Task RunHourlyAsync(TestProgramme p, TestClock clock, DateTimeOffset from, DateTimeOffset until)
    {
        var reminders = p.Service<Reminders>();
        for (var tick = from; tick <= until; tick = tick.AddHours(1))
        {
            MoveTo(clock, tick);
            await reminders.RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        }
    }

    private static async Task<string> IssueMailedLinkAsync(TestProgramme p, string candidateId, string respondent)
    {
        var response = await p.CoachA.PostAsJsonAsync($"candidates/{candidateId}/invitations", new { respondent, sendByEmail = true });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("emailed").GetBoolean());
        return body.GetProperty("link").GetString()!;
    }

    private static IReadOnlyList<TestSmtp.Mail> Reminders(TestSmtp smtp, string to) =>
        smtp.To(to).Where(m => m.Subject.StartsWith("Herinnering", StringComparison.Ordinal) || m.Subject.StartsWith("Reminder", StringComparison.Ordinal)).ToList();

    /// <summary>No reminder mailed to the candidate, and no reminder row left behind for them.</summary>
    private static async Task AssertNoReminderAsync(TestProgramme p, TestSmtp smtp, string candidateId)
    {
        Assert.Empty(Reminders(smtp, "kandidaat@example.org"));
        Assert.Empty(await p.Service<ReminderStore>().ForCandidateAsync(TestProgramme.Id, candidateId, CancellationToken.None));
    }

    private static void AssertAround(DateTimeOffset expected, DateTimeOffset actual) =>
        Assert.InRange(actual, expected.AddSeconds(-5), expected.AddMinutes(1));

    [Fact]
    public async Task AScheduledCheckInGetsExactlyTwoDutchRemindersWithItsOwnLinkAtEightInTheMorningAmsterdamTime()
    {
        // Monday 11 January 2027, 05:00 UTC: the daily run creates the check-in (06:00 Amsterdam); its link works to the
        // end of the day 14 days later, so its last day is Monday 25 January.
        await using var started = await StartAsync(At("2027-01-11T05:00:00Z"));
        var (p, smtp, clock) = started;
        var id = await p.EnrolIdAsync(new DateOnly(2026, 11, 16), email: "kandidaat@example.org");
        await p.Service<ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        var invitation = Assert.Single(smtp.To("kandidaat@example.org"));
        var link = Link().Match(invitation.Text).Value;
        // A sender people recognise, wording that fits a candidate with or without a job, and the language for screen readers.
        Assert.Equal("IPS-begeleiding", invitation.FromName);
        Assert.Contains("Je korte vragenlijst staat klaar.", invitation.Text, StringComparison.Ordinal);
        Assert.StartsWith("<!doctype html>", invitation.Html, StringComparison.OrdinalIgnoreCase);
        var mail = Dom.Parse(invitation.Html ?? "");
        Assert.Equal("nl", mail.DocumentElement.GetAttribute("lang"));
        Assert.Equal([link], mail.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        await RunHourlyAsync(p, clock, At("2027-01-11T06:00:00Z"), At("2027-01-26T05:00:00Z"));

        var reminders = Reminders(smtp, "kandidaat@example.org");
        Assert.Equal(2, reminders.Count);
        // 08:00 Amsterdam (UTC+1 in winter) three days before the last day, and on the last day.
        AssertAround(At("2027-01-22T07:00:00Z"), reminders[0].ReceivedAt);
        AssertAround(At("2027-01-25T07:00:00Z"), reminders[1].ReceivedAt);
        foreach (var reminder in reminders)
        {
            Assert.Equal("Herinnering: je vragenlijst staat nog klaar", reminder.Subject);
            Assert.Contains("Je vragenlijst staat nog voor je klaar.", reminder.Text, StringComparison.Ordinal);
            Assert.Contains("De link werkt tot en met 25-01-2027.", reminder.Text, StringComparison.Ordinal);
            Assert.Equal(link, Link().Match(reminder.Text).Value);
            Assert.DoesNotContain(id, reminder.Text, StringComparison.Ordinal);
        }
        Assert.NotEqual(reminders[0].MessageId, reminders[1].MessageId);
        var stored = await p.Service<ReminderStore>().ForCandidateAsync(TestProgramme.Id, id, CancellationToken.None);
        Assert.Equal([new DateOnly(2027, 1, 22), new DateOnly(2027, 1, 25)], stored.Select(r => r.Day).Order());
        Assert.All(stored, r => Assert.Equal(ReminderState.Sent, r.State));

        // The coach sees on the candidate's page when the check-in was reminded.
        using var coach = await Workspace.StaffSession.SignInAsync(p, "coach-a");
        var page = await coach.PageAsync($"candidates/{id}");
        var dutch = CultureInfo.GetCultureInfo("nl-NL");
        var days = $"{new DateOnly(2027, 1, 22).ToString("d MMM yyyy", dutch)}, {new DateOnly(2027, 1, 25).ToString("d MMM yyyy", dutch)}";
        var history = Dom.Parse(page).QuerySelector("section[aria-labelledby='history-title'] table");
        Assert.Contains("Herinnerd op", history?.QuerySelectorAll("th").Select(th => th.Text()) ?? []);
        Assert.Contains(days, history?.QuerySelectorAll("td[data-label='Herinnerd op']").Select(td => td.Text()) ?? []);
    }

    [Fact]
    public async Task InSummerTimeEnglishRemindersGoAtEightAndAConsentWithdrawalStopsTheSupervisorsReminders()
    {
        // Monday 7 June 2027, 12:00 Amsterdam (UTC+2): both links work to the end of 21 June, their last day.
        await using var started = await StartAsync(At("2027-06-07T10:00:00Z"));
        var (p, smtp, clock) = started;
        var id = await p.EnrolIdAsync(new DateOnly(2027, 5, 3), email: "candidate@example.org", language: "en");
        var job = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", new
        {
            employer = "Bakkerij", jobTitle = "Medewerker", sector = "C", startDate = new DateOnly(2027, 6, 1), contractHoursPerWeek = 12,
            competitive = true, kind = "regular",
            supervisor = new { consent = true, name = "Chef", email = "chef@example.org", disclosure = "supervisorOnly" },
        });
        Assert.Equal(HttpStatusCode.Created, job.StatusCode);
        var jobId = (await job.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var candidateLink = await IssueMailedLinkAsync(p, id, "candidate");
        var supervisorLink = await IssueMailedLinkAsync(p, id, "supervisor");

        await RunHourlyAsync(p, clock, At("2027-06-07T11:00:00Z"), At("2027-06-19T00:00:00Z"));
        var withdrawn = await p.CoachA.PutAsJsonAsync($"candidates/{id}/jobs/{jobId}/consent", new { disclosure = "supervisorOnly", supervisorConsent = false });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        await RunHourlyAsync(p, clock, At("2027-06-19T01:00:00Z"), At("2027-06-21T10:00:00Z"));

        var candidate = Reminders(smtp, "candidate@example.org");
        Assert.Equal(2, candidate.Count);
        AssertAround(At("2027-06-18T06:00:00Z"), candidate[0].ReceivedAt);
        AssertAround(At("2027-06-21T06:00:00Z"), candidate[1].ReceivedAt);
        Assert.All(candidate, m =>
        {
            Assert.Equal("Reminder: your questionnaire is still ready", m.Subject);
            Assert.Contains("Your questionnaire is still waiting for you.", m.Text, StringComparison.Ordinal);
            Assert.Contains("The link works until the end of 2027-06-21.", m.Text, StringComparison.Ordinal);
            Assert.Equal(candidateLink, Link().Match(m.Text).Value);
        });
        var supervisor = Assert.Single(Reminders(smtp, "chef@example.org"));
        AssertAround(At("2027-06-18T06:00:00Z"), supervisor.ReceivedAt);
        Assert.Equal("Reminder: short check-in", supervisor.Subject);
        Assert.Contains("The short check-in is still ready for you.", supervisor.Text, StringComparison.Ordinal);
        Assert.Equal(supervisorLink, Link().Match(supervisor.Text).Value);
    }

    [Fact]
    public async Task ACheckInAnsweredBeforeItsFirstReminderGetsNone()
    {
        await using var started = await StartAsync(At("2027-01-11T10:00:00Z"));
        var (p, smtp, clock) = started;
        var id = await p.EnrolIdAsync(new DateOnly(2026, 11, 16), email: "kandidaat@example.org");
        var link = await IssueMailedLinkAsync(p, id, "candidate");
        MoveTo(clock, At("2027-01-20T09:00:00Z"));
        using (var visitor = new Visitor(p, link[(link.LastIndexOf('/') + 1)..]))
            Assert.Equal(HttpStatusCode.SeeOther, (await visitor.AnswerAllAsync()).StatusCode);

        await RunHourlyAsync(p, clock, At("2027-01-20T10:00:00Z"), At("2027-01-25T10:00:00Z"));

        await AssertNoReminderAsync(p, smtp, id);
    }

    [Fact]
    public async Task AnErasedCandidateGetsNoReminderAndLeavesNoReminderRow()
    {
        await using var started = await StartAsync(At("2027-01-11T10:00:00Z"));
        var (p, smtp, clock) = started;
        var id = await p.EnrolIdAsync(new DateOnly(2026, 11, 16), email: "kandidaat@example.org");
        await IssueMailedLinkAsync(p, id, "candidate");
        // A reminder decided and not yet mailed when the erasure comes: the erasure takes it, nothing goes out.
        MoveTo(clock, At("2027-01-22T07:00:00Z"));
        await p.Service<ReminderStore>().TryAddAsync(TestProgramme.Id,
            new Reminder(id, (await p.Service<CheckInStore>().ForCandidateAsync(TestProgramme.Id, id, CancellationToken.None)).Single().Invitation.Id,
                0, new DateOnly(2027, 1, 22), ReminderState.Pending, null), clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal(HttpStatusCode.NoContent, (await p.Coordinator.DeleteAsync(new Uri($"candidates/{id}", UriKind.Relative))).StatusCode);

        await RunHourlyAsync(p, clock, At("2027-01-22T07:00:00Z"), At("2027-01-25T10:00:00Z"));

        Assert.Single(smtp.To("kandidaat@example.org"));
        await AssertNoReminderAsync(p, smtp, id);
    }

    [Fact]
    public async Task AQuarterlyBuildReadsTheSentRemindersFromTheLongestLinkBeforeItsQuartersOnNotTheWholeHistory()
    {
        await using var p = await TestProgramme.StartAsync();
        var store = p.Service<ReminderStore>();
        // 2026-Q3 reports the check-ins that closed from 1 April 2026 on; a link lives at most 90 days, so its reminders
        // fall on 1 January 2026 or later.
        var since = IpsMonitor.Workbooks.ProgrammeReader.RemindedSince(IpsMonitor.Workbooks.Quarter.Parse("2026-Q3"));
        Assert.Equal(new DateOnly(2026, 1, 1), since);
        foreach (var (day, n) in new[] { (new DateOnly(2025, 12, 31), 0), (new DateOnly(2026, 1, 1), 1), (new DateOnly(2026, 9, 30), 2) })
        {
            var reminder = new Reminder("k-1", "c-" + n, n, day, ReminderState.Pending, null);
            await store.TryAddAsync(TestProgramme.Id, reminder, p.Clock.GetUtcNow(), CancellationToken.None);
            await store.MarkAsync(TestProgramme.Id, reminder, ReminderState.Sent, p.Clock.GetUtcNow(), CancellationToken.None);
        }

        var read = await store.ForProgrammeAsync(TestProgramme.Id, ReminderState.Sent, since, CancellationToken.None).ToListAsync();

        Assert.Equal(["c-1", "c-2"], read.Select(r => r.InvitationId).Order(StringComparer.Ordinal));
        Assert.Equal(3, (await store.ForProgrammeAsync(TestProgramme.Id, ReminderState.Sent, CancellationToken.None).ToListAsync()).Count);
    }

    [Fact]
    public async Task AProgrammeWithRemindersOffSendsNoneAndItsOwnScheduleReplacesTheDefault()
    {
        await using var started = await StartAsync(At("2027-01-11T10:00:00Z"));
        var (p, smtp, clock) = started;
        var access = p.Service<IpsMonitor.Access.AccessStore>();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 11, 16), email: "kandidaat@example.org");
        await IssueMailedLinkAsync(p, id, "candidate");
        await access.SetReminderScheduleAsync(TestProgramme.Id, "off", CancellationToken.None);
        await RunHourlyAsync(p, clock, At("2027-01-20T07:00:00Z"), At("2027-01-23T20:00:00Z"));
        Assert.Empty(Reminders(smtp, "kandidaat@example.org"));

        // Only on the last day (Monday 25 January: the link stops at 11:00 Amsterdam).
        await access.SetReminderScheduleAsync(TestProgramme.Id, "0", CancellationToken.None);
        await RunHourlyAsync(p, clock, At("2027-01-23T21:00:00Z"), At("2027-01-25T10:00:00Z"));
        AssertAround(At("2027-01-25T07:00:00Z"), Assert.Single(Reminders(smtp, "kandidaat@example.org")).ReceivedAt);
    }
}
