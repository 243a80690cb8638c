using System.Diagnostics;
using IpsMonitor.Tests.Browser;
using IpsMonitor.Tests.Development;
using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.Platform;

/// <summary>
/// The Nu HTML Checker (vnu, from the npm lock file, on the machine's Java) reads the markup every page sends, as sent:
/// the respondent screens in each language, "Mijn ontwikkeling", and the staff pages of a coach and a coordinator.
/// Browsers forgive broken markup; screen readers and validators do not.
/// </summary>
public sealed class NuHtmlCheckerTests
{
    [Fact]
    public async Task EveryPageThatPeopleReadIsValidHtml()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var pages = new Dictionary<string, string>();
        var anonymous = p.Anonymous();

        foreach (var (who, visitor) in people.All)
        {
            var steps = (await visitor.DefinitionAsync()).Groups.Count;
            foreach (var lang in new[] { "nl", "en", "fr" })
                for (var step = 1; step <= steps; step++)
                    pages[$"{who}-{lang}-step{step}"] = await anonymous.GetStringAsync(people.Link(visitor, $"?lang={lang}&step={step}"));
        }
        await people.Looking.AnswerAllAsync();
        foreach (var lang in new[] { "nl", "en", "fr" })
        {
            pages[$"thank-you-{lang}"] = await anonymous.GetStringAsync(people.Link(people.Looking, $"?lang={lang}&sent=1"));
            pages[$"unknown-link-{lang}"] = await BodyAsync(anonymous, $"q/unknown-token-0123456789abcdef?lang={lang}");
        }

        var (developing, token) = await DevelopmentFixture.LinkedCandidateAsync(p);
        foreach (var lang in new[] { "nl", "en", "fr" })
            pages[$"development-{lang}"] = await anonymous.GetStringAsync($"d/{token}?lang={lang}");

        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");
        pages["sign-in"] = await anonymous.GetStringAsync("staff/sign-in");
        pages["coach-caseload"] = await coach.PageAsync("caseload");
        pages["coach-candidate-in-work"] = await coach.PageAsync($"candidates/{people.WorkingId}");
        pages["coach-candidate-adjustments"] = await AdjustmentPagesAsync(p, coach, people.WorkingId, people.JobId, pages);
        pages["coordinator-candidate-developing"] = await coordinator.PageAsync($"candidates/{developing}");
        pages["coordinator-candidate-data"] = await coordinator.PageAsync($"candidates/{people.WorkingId}/data");
        pages["coordinator-caseload"] = await coordinator.PageAsync("caseload");
        pages["coach-today"] = await coach.PageAsync("today");
        pages["coach-check-ins"] = await coach.PageAsync("check-ins");
        pages["coordinator-today-en"] = await coordinator.PageAsync("today?lang=en");
        pages["coordinator-check-ins"] = await coordinator.PageAsync("check-ins?coach=coach-a");
        pages["coach-enrolment"] = await coach.PageAsync("enrolment");
        pages["coach-enrolment-refused"] = await (await coach.PostAsync("enrolment", new() { ["localReference"] = new string('x', 41) }, "enrolment"))
            .Content.ReadAsStringAsync();
        var development = await coach.PostAsync($"candidates/{people.WorkingId}/development-links", [], $"candidates/{people.WorkingId}");
        pages["coach-development-link"] = await coach.PageAsync(development.Headers.Location?.OriginalString ?? "");
        pages["coach-confirm-stop-development"] = await coach.PageAsync($"candidates/{people.WorkingId}/development-links/stop");
        var discharged = await p.EnrolIdAsync(p.Today.AddDays(-20));
        Assert.True((await p.CoachA.PostAsJsonAsync($"candidates/{discharged}/discharge",
            new { dischargeDate = p.Today, reason = "moved" })).IsSuccessStatusCode);
        pages["coach-candidate-discharged"] = await coach.PageAsync($"candidates/{discharged}");
        // The quarter overview before its quarter's first build (the build action), then with the stored figures.
        pages["coordinator-quarter-not-computed"] = await coordinator.PageAsync("quarter");
        await IpsMonitor.Tests.Workbooks.WorkbookDownloads.RebuildAsync(p.Coordinator, Quarter.FromInstant(p.Clock.GetUtcNow(), Quarter.Amsterdam));
        foreach (var page in new[] { "team", "audit", "quarter", "workbooks", "enrolment" })
            pages[$"coordinator-{page}"] = await coordinator.PageAsync(page);
        // The confirmation pages of the destructive forms, and a result page shown once.
        var working = (await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, people.WorkingId, CancellationToken.None))[0].Id;
        pages["coach-confirm-end-job"] = await coach.PageAsync($"candidates/{people.WorkingId}/jobs/{working}/end");
        pages["coach-confirm-withdraw"] = await coach.PageAsync($"candidates/{people.WorkingId}/jobs/{working}/consent/withdraw");
        pages["coach-confirm-discharge"] = await coach.PageAsync($"candidates/{people.WorkingId}/discharge");
        var key = (await p.Service<AccessStore>().KeysAsync(TestProgramme.Id, CancellationToken.None))[0].KeyId;
        pages["coordinator-confirm-revoke"] = await coordinator.PageAsync($"team/keys/{key}/revoke");
        pages["coordinator-confirm-deactivate"] = await coordinator.PageAsync("team/coaches/coach-b/deactivate");
        var issued = await coordinator.PostAsync("team/keys", new() { ["label"] = "Laptop", ["role"] = "Coach", ["coachId"] = "coach-b" }, "team");
        pages["coordinator-new-key"] = await coordinator.PageAsync(issued.Headers.Location!.OriginalString);

        var errors = await ValidateAsync(pages);

        Assert.True(pages.Count >= 40, $"only {pages.Count} pages were read");
        // One line a distinct message, with the pages it was found on, so a failure reads as a list of faults to fix.
        var faults = errors.GroupBy(e => e.Message).Select(g => $"{g.Key} ({string.Join(", ", g.Select(e => e.Where).Take(4))})");
        Assert.True(errors.Count == 0, string.Join("\n", faults));
    }

    /// <summary>
    /// The job card with adjustments and their history, and the job start and decision forms sent back with errors.
    /// </summary>
    private static async Task<string> AdjustmentPagesAsync(TestProgramme p, StaffSession coach, string id, string jobId,
        Dictionary<string, string> pages)
    {
        var today = p.Today;
        var path = $"candidates/{id}/jobs/{jobId}/adjustments";
        foreach (var kind in new[] { "extraBreaks", "quietWorkplace" })
            Assert.Equal(System.Net.HttpStatusCode.Created,
                (await p.CoachA.PostAsJsonAsync(path, new { kind, startDate = today, reviewDate = today.AddMonths(1) })).StatusCode);
        await p.CoachA.PostAsJsonAsync($"{path}/a1/decisions", new { decision = "extend", effect = "Helpt", newReviewDate = today.AddMonths(3) });
        await p.CoachA.PostAsJsonAsync($"{path}/a2/decisions", new { decision = "reverse", effect = "Niet nodig" });
        var page = $"candidates/{id}";
        var badStart = await coach.PostAsync($"{page}/jobs", new Dictionary<string, string>
        {
            ["employer"] = "Bakkerij", ["adjustments[1].kind"] = "Other", ["supervisor.consent"] = "true", ["supervisor.disclosure"] = "None",
        }, page);
        pages["coach-job-start-errors"] = await badStart.Content.ReadAsStringAsync();
        var badDecision = await coach.PostAsync($"{page}/jobs/{jobId}/adjustments/a1/decisions",
            new Dictionary<string, string> { ["decision"] = "Extend" }, page);
        pages["coach-decision-errors"] = await badDecision.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, badDecision.StatusCode);
        return await coach.PageAsync(page);
    }

    private static async Task<string> BodyAsync(HttpClient client, string path) =>
        await (await client.GetAsync(path)).Content.ReadAsStringAsync();

    /// <summary>Runs the checker once over every page, and answers each error with its page and line.</summary>
    private sealed record Error(string Where, string Message);

    private static async Task<List<Error>> ValidateAsync(Dictionary<string, string> pages)
    {
        var folder = Directory.CreateTempSubdirectory("ipsm-vnu-");
        try
        {
            foreach (var (name, html) in pages)
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, name + ".html"), html);
            var start = new ProcessStartInfo("java")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "-jar", Repo.PathOf("node_modules", "vnu-jar", "build", "dist", "vnu.jar"),
                         "--errors-only", "--format", "json", "--stdout", folder.FullName })
                start.ArgumentList.Add(argument);
            using var vnu = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
            var output = vnu.StandardOutput.ReadToEndAsync();
            var diagnostics = await vnu.StandardError.ReadToEndAsync();
            await vnu.WaitForExitAsync();
            using var report = JsonDocument.Parse(await output);
            var errors = report.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => new Error(
                    $"{Path.GetFileNameWithoutExtension(m.TryGetProperty("url", out var u) ? u.GetString() : "?")}:"
                    + (m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0),
                    $"{m.GetProperty("message").GetString()} [{(m.TryGetProperty("extract", out var x) ? x.GetString() : "")}]"))
                .ToList();
            Assert.True(vnu.ExitCode == 0 || errors.Count > 0, "the checker failed: " + diagnostics);
            return errors;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
