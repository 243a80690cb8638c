using System.Globalization;

namespace IpsMonitor.Tests.CheckIns;

/// <summary>The workbook's Vragenlijsten sheet reports responses before the first reminder and after each one.</summary>
public sealed class ReminderResponseTests
{
    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheInternWorkbookCountsAnswersBeforeTheFirstReminderAndAfterEachReminder()
    {
        var clock = new TestClock();
        void MoveTo(DateTimeOffset at) => clock.Offset = at - TimeProvider.System.GetUtcNow();
        MoveTo(At("2027-01-11T10:00:00Z"));
        await using var smtp = await TestSmtp.StartAsync(clock);
        await using var p = await TestProgramme.StartAsync(smtp.Settings(), services: s => s.AddSingleton<TimeProvider>(clock));
        var tokens = new Dictionary<string, string>();
        foreach (var who in new[] { "early", "reminded", "silent" })
        {
            var id = await p.EnrolIdAsync(new DateOnly(2026, 11, 16), email: $"{who}@example.org");
            var response = await p.CoachA.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent = "candidate", sendByEmail = true });
            var link = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
            tokens[who] = link[(link.LastIndexOf('/') + 1)..];
        }
        async Task AnswerAsync(string who)
        {
            using var visitor = new Visitor(p, tokens[who]);
            Assert.Equal(HttpStatusCode.SeeOther, (await visitor.AnswerAllAsync()).StatusCode);
        }
        async Task RunHourlyAsync(DateTimeOffset from, DateTimeOffset until)
        {
            for (var tick = from; tick <= until; tick = tick.AddHours(1))
            {
                MoveTo(tick);
                await p.Service<Reminders>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
            }
        }

        // Links work to the end of 25 January, Amsterdam time: reminders on 22 January and 25 January, at 08:00.
        MoveTo(At("2027-01-12T12:00:00Z"));
        await AnswerAsync("early");
        await RunHourlyAsync(At("2027-01-12T13:00:00Z"), At("2027-01-23T11:00:00Z"));
        await AnswerAsync("reminded");
        await RunHourlyAsync(At("2027-01-23T12:00:00Z"), At("2027-01-25T10:00:00Z"));
        MoveTo(At("2027-01-26T00:00:00Z"));
        await p.Service<ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        Assert.Single(smtp.To("reminded@example.org"), m => m.Subject.StartsWith("Herinnering", StringComparison.Ordinal));
        Assert.Equal(2, smtp.To("silent@example.org").Count(m => m.Subject.StartsWith("Herinnering", StringComparison.Ordinal)));

        var data = await p.Service<ProgrammeReader>().ReadAsync(TestProgramme.Id, CancellationToken.None);
        var report = QuarterlyMetrics.Compute(data, new Quarter(2027, 1), ProgrammeTime.Zone);
        using var workbook = Workbooks.WorkbookFile.Open(report, WorkbookVariant.Intern);
        var sheet = workbook.Worksheet(QuestionnaireSheet.Name);
        (int Open, int Answered, string Share) Row(string moment)
        {
            var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Kandidaat" && r.Cell(2).GetString() == moment);
            return (row.Cell(3).GetValue<int>(), row.Cell(4).GetValue<int>(), row.Cell(5).GetFormattedString());
        }
        Assert.Equal((3, 1), (Row(QuestionnaireSheet.BeforeReminders).Open, Row(QuestionnaireSheet.BeforeReminders).Answered));
        Assert.Equal((2, 1), (Row("Na herinnering 1").Open, Row("Na herinnering 1").Answered));
        Assert.Equal((1, 0), (Row("Na herinnering 2").Open, Row("Na herinnering 2").Answered));

        // A funder's workbook has no such breakdown.
        using var extern_ = Workbooks.WorkbookFile.Open(report, WorkbookVariant.Extern);
        Assert.DoesNotContain(extern_.Worksheet(QuestionnaireSheet.Name).CellsUsed(), c => c.GetString() == QuestionnaireSheet.BeforeReminders);
    }
}
