using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// The supervisor's summary holds the agreements, the decisions on the adjustments and the next date only: both
/// questionnaires are answered with values and free texts of their own, and neither the printable page nor the mail body
/// holds any of them. Nothing is shown or mailed before the coach records that the candidate agreed.
/// </summary>
public sealed class DriegesprekSummaryTests
{
    private static readonly Dictionary<string, string> CandidateAnswers = new()
    {
        [ItemIds.HoursWorked] = "37", [ItemIds.ContractHours] = "41", [ItemIds.DesiredHours] = "43",
        [ItemIds.HelpNow] = "Zebrapad oversteken met de hond",
    };

    private static readonly Dictionary<string, string> SupervisorAnswers = new()
    {
        [ItemIds.SupervisorComments] = "Altijd vrolijk bij de koffieautomaat", [ItemIds.SupervisorReadyForMore] = "fewer_tasks",
        [QuestionnaireDefinition.PerAdjustmentId(ItemIds.SupervisorAdjustmentFit, "a1")] = "partly",
    };

    [Fact]
    public async Task TheSummaryOnThePageAndInTheMailHoldsNoAnswerAndIsSharedOnlyAfterTheCandidateAgreed()
    {
        await using var sink = new SmtpTests.SmtpSink();
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:EnableSsl"] = "false",
            ["Smtp:From"] = "ips@example.org",
        });
        var today = p.Today;
        var id = await p.EnrolIdAsync(today.AddDays(-300));
        var jobId = await p.StartJobAsync(id, today.AddDays(-220), consent: true, supervisorEmail: "chef@example.org");
        Assert.Equal(HttpStatusCode.Created, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments",
            new { kind = "extraBreaks", startDate = today.AddDays(-200), reviewDate = today.AddDays(7) })).StatusCode);
        // The supervisor may see the first name, and reaches the coach by the coach's record.
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PutAsJsonAsync($"candidates/{id}/jobs/{jobId}/consent",
            new { disclosure = "supervisorOnly", supervisorConsent = true, candidateFirstName = "Samira" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.Coordinator.PutAsJsonAsync($"programmes/{TestProgramme.Id}/coaches/coach-a",
            new { fte = 1, name = "Sanne de Vries", phone = "06 1234 5678", email = "sanne@example.org" })).StatusCode);
        using (var candidate = await Visitor.LinkAsync(p, id))
            await candidate.AnswerAllAsync(CandidateAnswers);
        using (var supervisor = await Visitor.LinkAsync(p, id, "supervisor"))
            await supervisor.AnswerAllAsync(SupervisorAnswers);
        var answers = (await p.Service<CheckInStore>().ForCandidateAsync(TestProgramme.Id, id, CancellationToken.None))
            .Select(f => f.Invitation).Where(i => i.State == InvitationState.Answered).SelectMany(i => i.Answers.Values).ToList();
        Assert.True(answers.Count > 10, $"only {answers.Count} answers");

        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var talk = new Dictionary<string, string>
        {
            ["talkDate"] = today.ToString("O"), ["participants"] = "Candidate",
            ["agreements[0].text"] = "Rooster voor de ochtend maken", ["agreements[0].owner"] = "Supervisor",
            ["agreements[0].dueDate"] = today.AddDays(14).ToString("O"),
            ["decisions[0].adjustmentId"] = "a1", ["decisions[0].decision"] = "Extend", ["decisions[0].effect"] = "Minder moe",
            ["decisions[0].newReviewDate"] = today.AddMonths(2).ToString("O"),
            ["newTasks"] = "Kassa", ["developmentGoals"] = "Zelfstandig openen", ["hoursFrom"] = "16", ["hoursTo"] = "24",
            ["hoursBy"] = today.AddDays(42).ToString("O"), ["nextDate"] = today.AddMonths(3).ToString("O"),
        };
        Assert.Equal(HttpStatusCode.SeeOther, (await coach.PostAsync($"candidates/{id}/jobs/{jobId}/driegesprekken", talk, $"candidates/{id}")).StatusCode);
        var summaryPath = $"candidates/{id}/jobs/{jobId}/driegesprekken/t1/summary";

        // Before the candidate agreed: no summary on the page, and a mail is refused with nothing sent.
        var before = Dom.Parse(await coach.PageAsync(summaryPath));
        Assert.DoesNotContain("Rooster voor de ochtend maken", before.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(before.QuerySelector("form[action$='/summary/mail']"));
        Assert.NotEqual(HttpStatusCode.SeeOther, (await coach.PostAsync(summaryPath + "/mail", [], $"candidates/{id}")).StatusCode);
        Assert.Empty(sink.Messages);

        // Unticked, the agreement is not recorded; ticked, it is, with the day and the coach.
        Assert.Equal(HttpStatusCode.BadRequest, (await coach.PostAsync($"candidates/{id}/jobs/{jobId}/driegesprekken/t1/sharing", [], $"candidates/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await coach.PostAsync($"candidates/{id}/jobs/{jobId}/driegesprekken/t1/sharing",
            new() { ["candidateAgreed"] = "true" }, $"candidates/{id}")).StatusCode);
        var stored = (await p.Service<CaseloadStore>().JobAsync(TestProgramme.Id, id, jobId, CancellationToken.None))!.Driegesprekken[0];
        Assert.Equal(new SummarySharing(today, "coach-a"), stored.Sharing);

        var page = Dom.Parse(await coach.PageAsync(summaryPath));
        var summary = page.GetElementById("driegesprek-summary")!.Text();
        Assert.Contains("Rooster voor de ochtend maken", summary, StringComparison.Ordinal);
        Assert.Contains("Extra pauzes: verlengd", summary, StringComparison.Ordinal);
        Assert.Contains("Minder moe", summary, StringComparison.Ordinal);
        const string Employee = "Medewerker: Samira";
        const string Reach = "Neem contact op met de IPS-begeleider: Sanne de Vries, 06 1234 5678, sanne@example.org.";
        Assert.Contains(Employee, summary, StringComparison.Ordinal);
        Assert.Contains(Reach, summary, StringComparison.Ordinal);
        var mailed = await coach.PostAsync(summaryPath + "/mail", [], summaryPath);
        Assert.Equal(HttpStatusCode.SeeOther, mailed.StatusCode);
        // The page it leads to says the summary went to the supervisor, not only that something was saved.
        var location = mailed.Headers.Location!.OriginalString;
        var notice = Dom.Parse(await coach.PageAsync(location[(location.IndexOf("candidates/", StringComparison.Ordinal))..])).GetElementById("saved");
        Assert.Equal("De samenvatting is gemaild naar de leidinggevende.", notice?.TextContent);
        var sent = Assert.Single(sink.Messages).Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal);
        Assert.Contains("To: chef@example.org", sent, StringComparison.Ordinal);
        // The body, after the headers (whose message id is random letters and digits).
        var mail = sent[(sent.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
        Assert.Contains("Rooster voor de ochtend maken", mail, StringComparison.Ordinal);
        Assert.Contains(Employee, mail, StringComparison.Ordinal);
        Assert.Contains(Reach, mail, StringComparison.Ordinal);

        // Neither holds a questionnaire answer, nor the coach's own notes of the talk beyond what the supervisor may read.
        var whole = page.Body!.Text();
        foreach (var answer in answers)
        {
            var value = answer.Text ?? answer.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
            // Scale points and yes/no (0, 1, 5) are digits any date holds; the hours answered were chosen to be in none.
            if (value.Length == 0 || (answer.Text is null && answer.Number < 32))
                continue;
            Assert.DoesNotContain(value, whole, StringComparison.Ordinal);
            Assert.DoesNotContain(value, mail, StringComparison.Ordinal);
        }
        foreach (var note in new[] { "Kassa", "Zelfstandig openen", "Zebrapad", "koffieautomaat" })
        {
            Assert.DoesNotContain(note, summary, StringComparison.Ordinal);
            Assert.DoesNotContain(note, mail, StringComparison.Ordinal);
        }
    }
}
