using Azure.Storage.Queues;
using ClosedXML.Excel;
using IpsMonitor.DataRights;
using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.DataRights;

public sealed class ErasureTests
{
    /// <summary>
    /// A candidate with everything that can hold their id or their words, each with a text of its own. The job started 4
    /// weeks ago, so the daily schedule has a check-in due today for the candidate and one for the supervisor.
    /// </summary>
    internal sealed record Seeded(string Id, string[] FreeTexts)
    {
        /// <summary>The "what would help you now?" answer of the candidate's check-in (the others are notes, goals, points).</summary>
        public string HelpNow => FreeTexts[6];
    }

    internal static async Task<Seeded> SeedAsync(TestProgramme p, string tag)
    {
        var today = p.Today;
        var texts = new[] { $"mail-{tag}@example.org", $"Ref-{tag}", $"Werkgever {tag}", $"Functie {tag}", $"Chef {tag}", $"chef-{tag}@example.org", $"Hulp nodig {tag}",
            $"Doel {tag}", $"Bespreken {tag}" };
        var enrol = await p.CoachA.PostAsJsonAsync($"programmes/{TestProgramme.Id}/candidates",
            new { referralDate = today.AddMonths(-8), employedAtReferral = false, email = texts[0], localReference = texts[1], language = "nl" });
        Assert.Equal(HttpStatusCode.Created, enrol.StatusCode);
        var id = (await enrol.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var job = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", new
        {
            employer = texts[2], jobTitle = texts[3], sector = "C", startDate = today.AddDays(-28), contractHoursPerWeek = 16,
            competitive = true, kind = "regular",
            supervisor = new { consent = true, name = texts[4], email = texts[5], disclosure = "supervisorOnly" },
        });
        Assert.Equal(HttpStatusCode.Created, job.StatusCode);
        using var visitor = await Visitor.LinkAsync(p, id);
        await visitor.AnswerAllAsync(new Dictionary<string, string> { ["help_now"] = texts[6] });
        var development = await p.CoachA.PostAsJsonAsync($"candidates/{id}/development-links", new { });
        Assert.Equal(HttpStatusCode.OK, development.StatusCode);
        var link = (await development.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        using (var own = new IpsMonitor.Tests.Development.VoicePosts(p, link[(link.LastIndexOf('/') + 1)..]))
        {
            await own.WriteAsync("goal", texts[7]);
            await own.WriteAsync("point", texts[8]);
        }
        return new Seeded(id, texts);
    }

    /// <summary>Three builds of this quarter (all kept) and one of the quarter before, each with the candidates' lines.</summary>
    private static async Task BuildWorkbooksAsync(TestProgramme p)
    {
        var build = p.Service<WorkbookBuilder>();
        var now = Quarter.FromInstant(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        await build.BuildAsync(TestProgramme.Id, now.Previous, "test", CancellationToken.None);
        for (var i = 0; i < WorkbookBuilder.KeptBuilds; i++)
            await build.BuildAsync(TestProgramme.Id, now, "test", CancellationToken.None);
    }

    /// <summary>
    /// A damaged job row of the candidate, which a build skips and reports by its key (which holds the candidate id), and an
    /// on-demand build through the API, whose status row keeps that report.
    /// </summary>
    private static async Task RequestBuildWithAnUnreadableRowOfAsync(TestProgramme p, string candidateId)
    {
        var jobs = p.Service<Azure.Data.Tables.TableServiceClient>().GetTableClient(p.Service<StorageNames>().Table(CaseloadStore.JobsTable));
        await jobs.UpsertEntityAsync(new Azure.Data.Tables.TableEntity(TestProgramme.Id, $"{candidateId}|j-damaged") { ["Kind"] = "onbekend" });
        var quarter = Quarter.FromInstant(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        var requested = await p.Coordinator.PostAsync(new Uri($"programmes/{TestProgramme.Id}/workbooks/{quarter}/builds", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        var status = (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusUrl").GetString()!;
        await TestHost.Eventually(async () => (await p.Coordinator.GetFromJsonAsync<JsonElement>(status)).GetProperty("status").GetString() == "done",
            "the requested build", 60);
        var done = await p.Coordinator.GetFromJsonAsync<JsonElement>(status);
        Assert.Contains(candidateId, done.GetProperty("skippedRows").GetRawText(), StringComparison.Ordinal);
    }

    private static async Task PoisonAsync(TestProgramme p, string queue, string candidateId)
    {
        var poison = p.Service<QueueServiceClient>().GetQueueClient(p.Service<StorageNames>().Queue(queue + "-poison"));
        await poison.CreateIfNotExistsAsync();
        var json = JsonSerializer.Serialize(new { programmeId = TestProgramme.Id, candidateId, invitationId = "i-1" });
        await poison.SendMessageAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(json)));
    }

    private static string Describe(IEnumerable<StorageScan.Hit> hits) => string.Join("\n", hits.Select(h => $"{h.Needle} in {h.Where}"));

    [Fact]
    public async Task AfterErasureNoTableQueueOrBlobHoldsTheCandidateIdOrTheirWordsOutsideTheAuditLog()
    {
        await using var p = await TestProgramme.StartAsync(signalFunctions: true);
        var erased = await SeedAsync(p, "weg");
        var kept = await SeedAsync(p, "blijft");
        await BuildWorkbooksAsync(p);
        await PoisonAsync(p, QueueNames.CheckInSubmitted, erased.Id);
        await PoisonAsync(p, QueueNames.CandidateChanged, kept.Id);
        await StorageScan.DrainedAsync(p);
        await RequestBuildWithAnUnreadableRowOfAsync(p, erased.Id);
        var before = await StorageScan.FindAsync(p, [erased.Id, .. erased.FreeTexts]);
        Assert.Contains(before, h => h.Where.Contains(WorkbookBuildStore.Table, StringComparison.Ordinal));
        Assert.Contains(before, h => h.Where.Contains(WorkbookBuildLog.Table, StringComparison.Ordinal));
        Assert.Contains(before, h => h.Where.Contains("Kandidaten", StringComparison.Ordinal) || h.Where.Contains("sharedStrings", StringComparison.Ordinal));
        Assert.Contains(before, h => h.Where.Contains("-poison", StringComparison.Ordinal));
        Assert.Contains(before, h => h.Where.Contains("current.json", StringComparison.Ordinal));
        Assert.Contains(before, h => h.Where.StartsWith($"table {CaseloadSummaryStore.Table}:", StringComparison.Ordinal));

        var response = await p.Coordinator.DeleteAsync(new Uri($"candidates/{erased.Id}", UriKind.Relative));
        // Something still arriving for the erased candidate: a recompute message is completed without effect.
        await p.Service<MessageQueue>().SendAsync(QueueNames.CandidateChanged, new CandidateChanged(TestProgramme.Id, erased.Id, "test"), CancellationToken.None);
        await StorageScan.DrainedAsync(p);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var after = await StorageScan.FindAsync(p, [erased.Id, .. erased.FreeTexts]);
        Assert.True(after.All(h => h.InAuditLog && h.Needle == erased.Id), "Left after erasure:\n" + Describe(after.Where(h => !h.InAuditLog || h.Needle != erased.Id)));
        Assert.Contains(after, h => h.Where.Contains(ErasureTombstones.Partition, StringComparison.Ordinal));
        // The other candidate is untouched: their line in every workbook, their poison message, their words.
        var other = await StorageScan.FindAsync(p, [kept.Id, .. kept.FreeTexts]);
        Assert.Equal(WorkbookBuilder.KeptBuilds + 1, other.Count(h => h.Needle == kept.Id && h.Where.EndsWith("-intern.xlsx!xl/sharedStrings.xml", StringComparison.Ordinal)));
        Assert.Contains(other, h => h.Needle == kept.Id && h.Where.Contains("-poison", StringComparison.Ordinal));
        Assert.All(kept.FreeTexts, text => Assert.Contains(other, h => h.Needle == text));
        await AssertWorkbooksStillOpenAsync(p, kept.Id);
    }

    /// <summary>The rewritten internal workbooks still open, list the other candidate, and keep their aggregate counts.</summary>
    private static async Task AssertWorkbooksStillOpenAsync(TestProgramme p, string keptId)
    {
        var blobs = p.Service<WorkbookBlobs>();
        foreach (var manifest in await blobs.CurrentAsync(TestProgramme.Id, CancellationToken.None))
        {
            var file = manifest.File(WorkbookVariant.Intern)!;
            Assert.Equal([keptId], file.CandidateIds);
            var (content, length) = (await blobs.OpenAsync(file.Blob, CancellationToken.None))!.Value;
            Assert.Equal(file.Size, length);
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer);
            using var workbook = new XLWorkbook(buffer);
            var sheet = workbook.Worksheet(CandidateSheet.Name);
            Assert.Equal([keptId], sheet.Column(1).CellsUsed().Where(c => c.Address.RowNumber > SheetLayout.HeaderRow).Select(c => c.GetString()).ToList());
            Assert.Equal(2, manifest.Counts.Candidates);
        }
    }

    [Fact]
    public async Task AnErasureStoppedAfterAnyStepIsFinishedByRepeatingItAndNothingIsMadeForTheCandidateMeanwhile()
    {
        await using var p = await TestProgramme.StartAsync(signalFunctions: true);
        var erasure = p.Service<CandidateErasure>();
        var coordinator = await p.Service<IpsMonitor.Access.AccessStore>().FindKeyAsync(p.Keys["coordinator"], CancellationToken.None);
        var seeded = new List<(Seeded Candidate, int Steps)>();
        for (var steps = 1; steps < erasure.Steps.Count; steps++)
            seeded.Add((await SeedAsync(p, "stap" + steps), steps));
        await BuildWorkbooksAsync(p);

        foreach (var (candidate, steps) in seeded)
        {
            // The process stops after this many steps: what is left is a half-erased candidate.
            await erasure.BeginAsync(TestProgramme.Id, candidate.Id, coordinator, CancellationToken.None);
            foreach (var step in erasure.Steps.Take(steps))
                await step(TestProgramme.Id, candidate.Id, CancellationToken.None);
        }
        // Meanwhile the daily schedule, a recompute and the outbox sweep make nothing for them.
        await p.Service<ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        foreach (var (candidate, _) in seeded)
        {
            Assert.True((await p.Service<SignalRecompute>().RunAsync(TestProgramme.Id, candidate.Id, CancellationToken.None)).IsEmpty);
            Assert.Empty(await p.Service<CheckInStore>().ForCandidateAsync(TestProgramme.Id, candidate.Id, CancellationToken.None));
        }

        var repeated = new List<HttpStatusCode>();
        foreach (var (candidate, _) in seeded)
            repeated.Add((await p.Coordinator.DeleteAsync(new Uri($"candidates/{candidate.Id}", UriKind.Relative))).StatusCode);

        Assert.All(repeated, status => Assert.Equal(HttpStatusCode.NoContent, status));
        await StorageScan.DrainedAsync(p);
        var needles = seeded.SelectMany(s => s.Candidate.FreeTexts.Append(s.Candidate.Id)).ToArray();
        var left = (await StorageScan.FindAsync(p, needles)).Where(h => !h.InAuditLog).ToList();
        Assert.True(left.Count == 0, "Left after the repeated erasures:\n" + Describe(left));
        foreach (var (candidate, _) in seeded)
            Assert.NotNull((await p.Service<ErasureTombstones>().FindAsync(candidate.Id, CancellationToken.None))?.CompletedAt);
    }

    [Fact]
    public async Task ARecomputeForACandidateWhoseErasureHasBegunWritesNoSignals()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await IpsMonitor.Tests.Workspace.CoachHistory.SeedAsync(p);
        var recompute = p.Service<SignalRecompute>();
        var store = p.Service<SignalStore>();
        // Without an erasure, a recompute from the stored answers opens the stalled candidate's signals again.
        await store.EraseAsync(TestProgramme.Id, seeded.Stalled, CancellationToken.None);
        Assert.False((await recompute.RunAsync(TestProgramme.Id, seeded.Stalled, CancellationToken.None)).IsEmpty);
        await store.EraseAsync(TestProgramme.Id, seeded.Stalled, CancellationToken.None);
        var coordinator = await p.Service<IpsMonitor.Access.AccessStore>().FindKeyAsync(p.Keys["coordinator"], CancellationToken.None);

        // The erasure has written its tombstone and not yet deleted anything: the stalled candidate's rows are all there.
        await p.Service<CandidateErasure>().BeginAsync(TestProgramme.Id, seeded.Stalled, coordinator, CancellationToken.None);
        var plan = await recompute.RunAsync(TestProgramme.Id, seeded.Stalled, CancellationToken.None);

        Assert.True(plan.IsEmpty);
        Assert.Empty((await store.LoadAsync(TestProgramme.Id, seeded.Stalled, CancellationToken.None)).Signals);
    }

    [Fact]
    public async Task AWorkbookBuiltWhileAnErasureRunsLeavesTheCandidateOut()
    {
        await using var p = await TestProgramme.StartAsync();
        var erased = await SeedAsync(p, "bouw");
        var kept = await SeedAsync(p, "staat");
        var coordinator = await p.Service<IpsMonitor.Access.AccessStore>().FindKeyAsync(p.Keys["coordinator"], CancellationToken.None);

        // The tombstone is written and nothing is deleted yet: the build reads the candidate's rows as they still are.
        await p.Service<CandidateErasure>().BeginAsync(TestProgramme.Id, erased.Id, coordinator, CancellationToken.None);
        await BuildWorkbooksAsync(p);

        var hits = await StorageScan.FindAsync(p, erased.Id, kept.Id);
        Assert.DoesNotContain(hits, h => h.Needle == erased.Id && h.Where.StartsWith("blob", StringComparison.Ordinal));
        Assert.Contains(hits, h => h.Needle == kept.Id && h.Where.EndsWith("-intern.xlsx!xl/sharedStrings.xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheNightlyRunFinishesAnErasureThatStoppedHalfwayAndNobodyRepeated()
    {
        await using var p = await TestProgramme.StartAsync(signalFunctions: true);
        var candidate = await SeedAsync(p, "nacht");
        var erasure = p.Service<CandidateErasure>();
        var coordinator = await p.Service<IpsMonitor.Access.AccessStore>().FindKeyAsync(p.Keys["coordinator"], CancellationToken.None);
        await erasure.BeginAsync(TestProgramme.Id, candidate.Id, coordinator, CancellationToken.None);
        await erasure.Steps[0](TestProgramme.Id, candidate.Id, CancellationToken.None);

        p.Clock.Offset = ApplyRetention.Grace + TimeSpan.FromMinutes(1);
        await p.Service<ApplyRetention>().RunAsync(CancellationToken.None);
        await StorageScan.DrainedAsync(p);

        var left = (await StorageScan.FindAsync(p, [candidate.Id, .. candidate.FreeTexts])).Where(h => !h.InAuditLog).ToList();
        Assert.True(left.Count == 0, "Left:\n" + Describe(left));
        Assert.Contains(await IpsMonitor.Tests.Caseload.AccessTests.AuditRows(p), r => r.Action == "finish erasure" && r.CandidateId == candidate.Id && r.Actor == "system");
    }

    [Fact]
    public async Task RetentionErasesACandidateDischargedTwoYearsAndADayAgoAndKeepsOneDischargedADayLess()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var old = await p.EnrolIdAsync(today.AddDays(-30));
        var recent = await p.EnrolIdAsync(today.AddDays(-30));
        var open = await p.EnrolIdAsync(today.AddDays(-30));
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{old}/discharge", new { dischargeDate = today.AddDays(-2), reason = "goalReached" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{recent}/discharge", new { dischargeDate = today, reason = "goalReached" })).StatusCode);

        using (var coach = await IpsMonitor.Tests.Workspace.StaffSession.SignInAsync(p, "coach-a"))
        {
            var page = await coach.PageAsync($"candidates/{recent}");
            Assert.Contains($"wordt gewist op {today.AddYears(2).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))}", page, StringComparison.Ordinal);
            Assert.DoesNotContain("wordt gewist op", await coach.PageAsync($"candidates/{open}"), StringComparison.Ordinal);
        }

        // The clock moves to the day on which "old" was discharged 2 years and 1 day ago, and "recent" 2 years minus 1 day ago.
        var then = today.AddDays(-1).AddYears(2);
        p.Clock.Offset = TimeSpan.FromDays(then.DayNumber - today.DayNumber);
        Assert.Equal(then, p.Today);
        var erased = await p.Service<ApplyRetention>().RunAsync(CancellationToken.None);

        Assert.Equal(1, erased);
        Assert.Null(await p.Service<CaseloadStore>().FindAsync(old, CancellationToken.None));
        Assert.NotNull(await p.Service<CaseloadStore>().FindAsync(recent, CancellationToken.None));
        Assert.NotNull(await p.Service<CaseloadStore>().FindAsync(open, CancellationToken.None));
        Assert.Contains(await IpsMonitor.Tests.Caseload.AccessTests.AuditRows(p), r => r.Action == "erase candidate (retention)" && r.CandidateId == old && r.Actor == "system");
    }

    [Fact]
    public void AnswersCsvNeutralisesFormulasAndQuotesSeparators()
    {
        var answers = new Dictionary<string, Answer> { ["a"] = Answer.Of("=HYPERLINK(\"x\")"), ["b"] = Answer.Of("+31;\"zo\"\nja"), ["c"] = Answer.Of("@SUM"), ["d"] = Answer.Of("\tx"), ["e"] = Answer.Of(7.5m) };
        var checkIn = new Invitation("i-1", "k-1", Respondent.Candidate, null, new DateOnly(2026, 1, 5), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch,
            InvitationState.Answered, DateTimeOffset.UnixEpoch, "candidate-checkin", 2, answers);

        var csv = Encoding.UTF8.GetString(AnswersCsv.Write([checkIn]));

        Assert.StartsWith("\uFEFFcheck-in;respondent;", csv, StringComparison.Ordinal);
        var rows = IpsMonitor.Tests.Workspace.AuditTrailTests.ReadCsv(AnswersCsv.Write([checkIn]));
        var byItem = rows.Skip(1).ToDictionary(r => r[7], r => (Number: r[8], Text: r[9]));
        Assert.Equal("'=HYPERLINK(\"x\")", byItem["a"].Text);
        Assert.Equal("'+31;\"zo\"\nja", byItem["b"].Text);
        Assert.Equal("'@SUM", byItem["c"].Text);
        Assert.Equal("'\tx", byItem["d"].Text);
        Assert.Equal(("7.5", ""), byItem["e"]);
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', cell));
    }
}
