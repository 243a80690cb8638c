using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.Caseload;

/// <summary>
/// Nothing starts before the referral that the referral says was not there: a job start before it only for a candidate
/// with paid work at referral, an education start never, and a correction of the referral never leaves a recorded start
/// before it. The API answers problem details, the forms say it in the reader's language, and nothing is stored.
/// </summary>
public sealed class StartBeforeReferralTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static object Job(DateOnly start) => new
    {
        employer = "Bakkerij", jobTitle = "Medewerker", sector = "C", startDate = start, contractHoursPerWeek = 16,
        competitive = true, kind = "regular", supervisor = new { consent = false, disclosure = "none" },
    };

    private static async Task<string> ProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").GetProperty(field)[0].GetString() ?? "";
    }

    [Fact]
    public async Task AJobStartBeforeTheReferralIsRefusedWithoutWorkAtReferralAndAcceptedWithIt()
    {
        await using var p = await TestProgramme.StartAsync();
        var referral = p.Today.AddDays(-100);
        var looking = await p.EnrolIdAsync(referral, employed: false);
        var working = await p.EnrolIdAsync(referral, employed: true);

        var refused = await ProblemAsync(await p.CoachA.PostAsJsonAsync($"candidates/{looking}/jobs", Job(referral.AddDays(-1))), "startDate");

        Assert.Contains("before the referral", refused, StringComparison.Ordinal);
        Assert.Empty(await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, looking, None));
        Assert.Equal(HttpStatusCode.Created, (await p.CoachA.PostAsJsonAsync($"candidates/{looking}/jobs", Job(referral))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await p.CoachA.PostAsJsonAsync($"candidates/{working}/jobs", Job(referral.AddDays(-30)))).StatusCode);
    }

    [Fact]
    public async Task AnEducationStartBeforeTheReferralIsRefused()
    {
        await using var p = await TestProgramme.StartAsync();
        var referral = p.Today.AddDays(-100);
        var id = await p.EnrolIdAsync(referral, employed: true);

        var refused = await ProblemAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/education",
            new { kind = "regular", startDate = referral.AddDays(-1), isGoal = true }), "startDate");

        Assert.Contains("before the referral", refused, StringComparison.Ordinal);
        Assert.Empty((await p.Service<CaseloadStore>().GetAsync(TestProgramme.Id, id, None))!.Candidate.Education);
        Assert.Equal(HttpStatusCode.Created, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/education",
            new { kind = "regular", startDate = referral, isGoal = true })).StatusCode);
    }

    [Fact]
    public async Task AReferralCorrectionNeverLeavesARecordedStartBeforeTheReferral()
    {
        await using var p = await TestProgramme.StartAsync();
        var referral = p.Today.AddDays(-100);
        var looking = await p.EnrolIdAsync(referral, employed: false);
        await p.CoachA.PostAsJsonAsync($"candidates/{looking}/jobs", Job(referral.AddDays(50)));
        var working = await p.EnrolIdAsync(referral, employed: true);
        await p.CoachA.PostAsJsonAsync($"candidates/{working}/jobs", Job(referral.AddDays(-30)));

        // The referral moved past the job start, and "no work at referral" while a job was held then.
        var later = await ProblemAsync(await p.CoachA.PatchAsJsonAsync($"candidates/{looking}", new { referralDate = referral.AddDays(60) }),
            "referralDate");
        var noWork = await ProblemAsync(await p.CoachA.PatchAsJsonAsync($"candidates/{working}", new { employedAtReferral = false }),
            "employedAtReferral");

        Assert.Contains("starts before this referral date", later, StringComparison.Ordinal);
        Assert.Contains("starts before this referral date", noWork, StringComparison.Ordinal);
        var stored = (await p.Service<CaseloadStore>().GetAsync(TestProgramme.Id, working, None))!.Candidate.CurrentReferral;
        Assert.True(stored.EmployedAtReferral);
        Assert.Equal(referral, (await p.Service<CaseloadStore>().GetAsync(TestProgramme.Id, looking, None))!.Candidate.CurrentReferral.ReferralDate);
        // A date on or before the start is a correction like any other.
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PatchAsJsonAsync($"candidates/{looking}", new { referralDate = referral.AddDays(50) })).StatusCode);
    }

    [Theory]
    [InlineData("nl", "Startdatum: de baan begint voor de datum van aanmelding")]
    [InlineData("en", "the job starts before the referral date")]
    public async Task TheJobStartFormSaysItInTheReadersLanguageAndStoresNothing(string lang, string words)
    {
        await using var p = await TestProgramme.StartAsync();
        var referral = p.Today.AddDays(-100);
        var id = await p.EnrolIdAsync(referral, employed: false);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var form = new Dictionary<string, string>
        {
            ["employer"] = "Bakkerij", ["jobTitle"] = "Hulp", ["sector"] = "C", ["startDate"] = referral.AddDays(-10).ToString("O"),
            ["contractHoursPerWeek"] = "16", ["kind"] = "Regular", ["competitive"] = "true", ["supervisor.consent"] = "false",
        };

        var response = await coach.PostAsync($"candidates/{id}/jobs", form, $"candidates/{id}?lang={lang}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Dom.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(page.QuerySelectorAll("#form-errors li"), li => li.GetAttribute("data-field") == "startDate");
        Assert.Contains(words, error.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, id, None));
    }
}
