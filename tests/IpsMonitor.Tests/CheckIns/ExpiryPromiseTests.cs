using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using IpsMonitor.DataRights;
using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.CheckIns;

/// <summary>
/// Every expiry the product shows names a date, and the thing works to the end of that date in Amsterdam, on the page,
/// in the mail and in the API alike. Each kind is issued at 23:30 local time so that the date it names is one of the
/// two days in 2027 on which the clocks change (a day of 23 and one of 25 hours), then tried at 23:59 on that date and
/// at 00:00 the next day.
/// </summary>
public sealed partial class ExpiryPromiseTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The two days in 2027 on which the clocks change: a day of 23 hours and one of 25.</summary>
    public static TheoryData<string> ClockChangeDays => new() { "2027-03-28", "2027-10-31" };

    [GeneratedRegex(@"werkt tot en met (\d\d-\d\d-\d{4})\.")]
    private static partial Regex MailedDate();

    [Fact]
    public void EveryTypeThatShowsAnExpiryAlsoNamesItsLastDay()
    {
        var shown = typeof(IpsMonitor.Platform.ProgrammeTime).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.GetProperty("ExpiresAt") is { } p
                && Nullable.GetUnderlyingType(p.PropertyType) is var inner && (inner ?? p.PropertyType) == typeof(DateTimeOffset))
            .ToList();

        Assert.NotEmpty(shown);
        Assert.All(shown, t => Assert.NotNull(t.GetProperty("ValidThrough", BindingFlags.Public | BindingFlags.Instance)));
    }

    [Theory]
    [MemberData(nameof(ClockChangeDays))]
    public async Task AQuestionnaireLinkWorksToTheEndOfTheDateItsMailAndTheApiName(string day)
    {
        var lastDay = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        var clock = new TestClock();
        MoveTo(clock, lastDay.AddDays(-14), 23, 30);
        await using var smtp = await TestSmtp.StartAsync(clock);
        await using var p = await TestProgramme.StartAsync(smtp.Settings(), services: s => s.AddSingleton<TimeProvider>(clock));
        var id = await p.EnrolIdAsync(lastDay.AddDays(-60), email: "kandidaat@example.org");

        var issued = await p.CoachA.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent = "candidate", sendByEmail = true });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("link").GetString()!.Split('/')[^1];
        Assert.Equal(day, body.GetProperty("invitation").GetProperty("validThrough").GetString());
        var mail = Assert.Single(smtp.To("kandidaat@example.org"));
        Assert.Equal(lastDay.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), MailedDate().Match(mail.Text).Groups[1].Value);

        using var respondent = p.Anonymous();
        await AssertWorksThroughAsync(clock, lastDay, respondent, "q/" + token, HttpStatusCode.Gone);
    }

    [Theory]
    [MemberData(nameof(ClockChangeDays))]
    public async Task ADevelopmentLinkWorksToTheEndOfTheDateTheApiNames(string day)
    {
        var lastDay = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        await using var p = await StartAtAsync(lastDay.AddDays(-90), 23, 30);
        var id = await p.EnrolIdAsync(lastDay.AddDays(-120));

        var issued = await p.CoachA.PostAsync(new Uri($"candidates/{id}/development-links", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("link").GetString()!.Split('/')[^1];
        Assert.Equal(day, body.GetProperty("validThrough").GetString());

        using var candidate = p.Anonymous();
        await AssertWorksThroughAsync(p.Clock, lastDay, candidate, "d/" + token, HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(ClockChangeDays))]
    public async Task AStaffKeyWorksToTheEndOfTheDateTheTeamPageAndTheApiName(string day)
    {
        var lastDay = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        await using var p = await StartAtAsync(lastDay.AddDays(-1), 23, 30);
        var created = await p.Coordinator.PostAsJsonAsync($"programmes/{TestProgramme.Id}/keys",
            new { role = "coach", coachId = "coach-b", label = "dst", expiresOn = lastDay });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var key = TestProgramme.Client(p.Host, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!);
        var listed = (await p.Coordinator.GetFromJsonAsync<JsonElement[]>($"programmes/{TestProgramme.Id}/keys"))!
            .Single(k => k.GetProperty("label").GetString() == "dst");
        Assert.Equal(day, listed.GetProperty("validThrough").GetString());
        using (var coordinator = await StaffSession.SignInAsync(p, "coordinator"))
        {
            var row = Dom.Parse(await coordinator.PageAsync("team")).QuerySelectorAll("tr")
                .Single(tr => tr.TextContent.Contains("dst", StringComparison.Ordinal));
            Assert.Equal(lastDay.ToString("d MMM yyyy", Dutch), row.QuerySelector("td[data-label='Geldig t/m']")?.TextContent);
        }

        await AssertWorksThroughAsync(p.Clock, lastDay, key, $"programmes/{TestProgramme.Id}/candidates", HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(ClockChangeDays))]
    public async Task ACandidateIsKeptThroughTheDayBeforeTheErasureDateThePageNamesAndErasedFromItsStart(string day)
    {
        var erasureDay = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        var discharged = erasureDay.AddMonths(-24);
        await using var p = await StartAtAsync(discharged, 23, 30);
        var id = await p.EnrolIdAsync(discharged.AddDays(-60));
        var discharge = await p.CoachA.PostAsJsonAsync($"candidates/{id}/discharge", new { dischargeDate = discharged, reason = "goalReached" });
        Assert.Equal(HttpStatusCode.OK, discharge.StatusCode);
        // The browser drops a session cookie that expired by the real clock, so the page is read on the day before.
        MoveTo(p.Clock, erasureDay.AddDays(-1), 12, 0);
        using (var coach = await StaffSession.SignInAsync(p, "coach-a"))
            Assert.Contains($"wordt gewist op {erasureDay.ToString("d MMMM yyyy", Dutch)}", await coach.PageAsync($"candidates/{id}"),
                StringComparison.Ordinal);

        MoveTo(p.Clock, erasureDay.AddDays(-1), 23, 59);
        Assert.Equal(0, await p.Service<ApplyRetention>().RunAsync(CancellationToken.None));
        Assert.NotNull(await p.Service<CaseloadStore>().FindAsync(id, CancellationToken.None));
        MoveTo(p.Clock, erasureDay, 0, 0);
        Assert.Equal(1, await p.Service<ApplyRetention>().RunAsync(CancellationToken.None));
        Assert.Null(await p.Service<CaseloadStore>().FindAsync(id, CancellationToken.None));
    }

    [Fact]
    public void WithoutTheSystemsTimeZoneDatabaseTheSameRulesEndTheDaysThatChangeClocks()
    {
        var rules = IpsMonitor.Platform.ProgrammeTime.EuropeanRules();
        var instants = new[] { "2027-03-28T00:59:59Z", "2027-03-28T01:00:00Z", "2027-10-31T00:59:59Z", "2027-10-31T01:00:00Z", "2027-07-01T12:00:00Z" };
        foreach (var instant in instants)
        {
            var at = DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
            Assert.Equal(IpsMonitor.Platform.ProgrammeTime.Zone.GetUtcOffset(at), rules.GetUtcOffset(at));
        }
    }

    /// <summary>The address answers 200 at 23:59 on its last day and <paramref name="after"/> at 00:00 the next day.</summary>
    private static async Task AssertWorksThroughAsync(TestClock clock, DateOnly lastDay, HttpClient client, string address, HttpStatusCode after)
    {
        var uri = new Uri(address, UriKind.Relative);
        MoveTo(clock, lastDay, 23, 59);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(uri)).StatusCode);
        MoveTo(clock, lastDay.AddDays(1), 0, 0);
        Assert.Equal(after, (await client.GetAsync(uri)).StatusCode);
    }

    /// <summary>A programme whose clock stands at that local time in Amsterdam.</summary>
    private static async Task<TestProgramme> StartAtAsync(DateOnly day, int hour, int minute)
    {
        var p = await TestProgramme.StartAsync();
        MoveTo(p.Clock, day, hour, minute);
        return p;
    }

    /// <summary>Moves the clock to a local time in Amsterdam; a request takes well under the minute to 00:00.</summary>
    private static void MoveTo(TestClock clock, DateOnly day, int hour, int minute)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        var at = new DateTimeOffset(local, IpsMonitor.Platform.ProgrammeTime.Zone.GetUtcOffset(local));
        clock.Offset = at - TimeProvider.System.GetUtcNow();
    }
}
