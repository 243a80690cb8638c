using System.Text.RegularExpressions;
using IpsMonitor.LocalHost;
using IpsMonitor.Tests.Workbooks;

namespace IpsMonitor.Tests.Hosting;

/// <summary>
/// Every read of personal data is audited. The staff GET routes come from the build's functions.metadata, so a new route
/// is covered the day it is added: it either writes an audit row naming the candidates it showed, or it is on the short
/// list of routes that show no candidate data, and then its answer is checked to hold none.
/// </summary>
public sealed partial class AuditCoverageTests
{
    /// <summary>
    /// Staff GET routes whose answers carry no candidate data: workbook file lists and build status, and the team page
    /// with a new key, where no coach's candidates are listed (the caseloads are counts).
    /// </summary>
    private static readonly HashSet<string> NoCandidateData =
    [
        "ShowEnrolment", "ListWorkbooks", "GetWorkbookBuild", "ListStaffKeys", "ShowStaffSignIn", "ShowWorkbooks", "ShowWorkbookBuild",
        "ShowRevokeStaffKey", "ShowDeactivateCoach", "ShowErased", "ShowNewStaffKey",
    ];

    /// <summary>Staff GET routes that read candidate data but show only aggregates: audited without naming anyone, and naming nobody.</summary>
    private static readonly HashSet<string> AggregatesOnly = ["ShowQuarter", "ShowFidelity"];

    private sealed record AuditRow(string Key, string Action, string? CandidateId, IReadOnlyList<string> CandidateIds);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex RouteParameter();

    private static IEnumerable<(string Name, string Route)> StaffGetRoutes()
    {
        foreach (var function in JsonSerializer.Deserialize<JsonElement[]>(File.ReadAllText(FunctionIndex.DefaultPath))!)
        {
            var trigger = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            if (trigger.GetProperty("type").GetString() != "httpTrigger"
                || !trigger.GetProperty("methods").EnumerateArray().Any(m => string.Equals(m.GetString(), "get", StringComparison.OrdinalIgnoreCase)))
                continue;
            var route = trigger.GetProperty("route").GetString()!;
            // Health and the OpenAPI document show nothing personal; the questionnaire page is the respondent's own, audited per visit (see ReissuedLinkTests).
            // The development view is the candidate's own too, audited per view (see DevelopmentViewTests).
            if (route is "health" or "openapi.json" || route.StartsWith("q/", StringComparison.Ordinal) || route.StartsWith("d/", StringComparison.Ordinal))
                continue;
            yield return (function.GetProperty("name").GetString()!, route);
        }
    }

    private static async Task<List<AuditRow>> AuditAsync(TestProgramme p)
    {
        var table = p.Table(AuditLog.Table);
        var rows = new List<AuditRow>();
        await foreach (var row in table.QueryAsync<TableEntity>())
            rows.Add(new AuditRow(row.PartitionKey + row.RowKey, row.GetString("Action"), row.GetString("CandidateId"),
                row.GetString("CandidateIds") is { Length: > 0 } ids ? ids.Split(',') : []));
        return rows;
    }

    /// <summary>
    /// A job of the candidate; one is stored when they have none. Stored, not started over the API: a job start recomputes
    /// the candidate's signals at once, which would resolve the seeded signal this test reads the lists of.
    /// </summary>
    private static async Task<string> JobIdAsync(TestProgramme p, string candidateId)
    {
        var caseload = p.Service<CaseloadStore>();
        if (await caseload.JobsAsync(TestProgramme.Id, candidateId, CancellationToken.None) is [var job, ..])
            return job.Id;
        var started = new Job("j-" + Secrets.NewId(3), candidateId, "Bakkerij", "Medewerker", "C", p.Today, 16, true, PlacementKind.Regular,
            false, null, null, null, null, null, [], Disclosure.None, SupervisorContact.None);
        await caseload.SaveJobAsync(TestProgramme.Id, started, CancellationToken.None);
        return started.Id;
    }

    [Fact]
    public async Task EveryStaffReadOfCandidateDataWritesAnAuditRowNamingTheCandidate()
    {
        await using var p = await TestProgramme.StartAsync();
        var seed = new StoredProgramme(p, TestProgramme.Id);
        await seed.SeedAsync();
        await p.Service<QuarterlyWorkbooksFunction>().Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var build = await WorkbookDownloads.RebuildAsync(p.Coordinator, seed.Quarter);
        var requestId = build.GetProperty("statusUrl").GetString()!.Split('/')[^1];
        // Candidate k3 has an open signal, a missed check-in and a line in the internal workbook.
        var candidateId = $"{TestProgramme.Id}-k3";
        var allCandidates = seed.Expected([]).Candidates.Select(c => c.Id).ToList();
        var values = new Dictionary<string, string[]>
        {
            ["programmeId"] = [TestProgramme.Id],
            ["candidateId"] = [candidateId],
            ["quarter"] = [seed.Quarter.ToString()],
            ["variant"] = ["intern", "extern"],
            ["requestId"] = [requestId],
            // A job of the candidate, a key and a coach for the confirmation pages; a reveal id already shown (or never made).
            ["jobId"] = [await JobIdAsync(p, candidateId)],
            ["keyId"] = [(await p.Service<AccessStore>().KeysAsync(TestProgramme.Id, CancellationToken.None)).First(k => k.Role == StaffRole.Coach).KeyId],
            ["coachId"] = ["coach-b"],
            ["revealId"] = ["0123456789abcdef0123456789abcdef"],
            // A talk of the job: shown as not shared yet when it is not recorded, and audited as a read of the job either way.
            ["talkId"] = ["t1"],
        };
        // The audit names what it shows, a page at a time: asked for the candidate, it shows (and names) them.
        var queries = new Dictionary<string, string> { ["ReadAudit"] = "?candidate=" + candidateId, ["ShowAudit"] = "?candidate=" + candidateId, ["ExportAudit"] = "?candidate=" + candidateId,
            // The check-ins board shows 90 days; the candidate's missed check-in is older, so they are looked up.
            ["ShowCheckIns"] = "?candidate=" + candidateId,
            // The team page lists the candidates of the coach chosen to move from: the candidate's.
            ["ShowTeam"] = "?from=" + (await p.Service<CaseloadStore>().FindAsync(candidateId, CancellationToken.None))!.Candidate.CoachId };
        var routes = StaffGetRoutes().ToList();
        // The staff pages are read in the browser with a session, the API with a key: each the way staff really read them.
        using var browser = await IpsMonitor.Tests.Workspace.StaffSession.SignInAsync(p, "coordinator");
        Assert.Contains(routes, r => r.Name == "ListInvitations");
        Assert.Contains(routes, r => r.Name == "DownloadWorkbook");

        foreach (var (name, route) in routes)
        {
            var parameters = RouteParameter().Matches(route).Select(m => m.Groups[1].Value).ToList();
            Assert.All(parameters, parameter => Assert.True(values.ContainsKey(parameter), $"{name}: give this test a value for route parameter {{{parameter}}}"));
            var paths = parameters.Aggregate((IEnumerable<string>)[route], (paths, parameter) =>
                paths.SelectMany(path => values[parameter].Select(value => path.Replace($"{{{parameter}}}", value, StringComparison.Ordinal))));
            foreach (var path in paths.Select(x => x + queries.GetValueOrDefault(name, "")))
            {
                var before = (await AuditAsync(p)).Select(r => r.Key).ToHashSet();
                var response = path.StartsWith("staff/", StringComparison.Ordinal)
                    ? await browser.GetAsync(path["staff/".Length..])
                    : await p.Coordinator.GetAsync(new Uri(path, UriKind.Relative));
                var added = (await AuditAsync(p)).Where(r => !before.Contains(r.Key)).ToList();

                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name} {path}: {(int)response.StatusCode}");
                if (NoCandidateData.Contains(name))
                {
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.All(allCandidates, id => Assert.DoesNotContain(id, body, StringComparison.Ordinal));
                    continue;
                }
                Assert.True(added.Count > 0, $"{name} {path} read candidate data without an audit row");
                if (AggregatesOnly.Contains(name))
                {
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.All(allCandidates, id => Assert.DoesNotContain(id, body, StringComparison.Ordinal));
                    continue;
                }
                if (path.EndsWith("/extern", StringComparison.Ordinal))
                {
                    // The funders' file lists no candidate; its download is still recorded with quarter and variant.
                    Assert.Contains(added, r => r.Action == $"download workbook {seed.Quarter} extern");
                    continue;
                }
                Assert.True(added.Any(r => r.CandidateId == candidateId || r.CandidateIds.Contains(candidateId)), $"{name} {path}: the audit row does not name {candidateId}");
            }
        }

        // The internal workbook is a read of every candidate it lists, with its quarter and variant named.
        // It is downloaded twice: through the API and from the workbooks page.
        var downloads = (await AuditAsync(p)).Where(r => r.Action == $"download workbook {seed.Quarter} intern").ToList();
        Assert.Equal(2, downloads.Count);
        var listed = seed.Expected([]).Candidates.Where(c => c.WasActiveBetween(seed.Quarter.Start, seed.Quarter.End)).Select(c => c.Id).Order().ToList();
        Assert.NotEmpty(listed);
        Assert.All(downloads, download => Assert.Equal(listed, download.CandidateIds.Order().ToList()));
    }

    [Fact]
    public async Task TheTeamPageOfAVeryLargeProgrammeIsAuditedInPartsThatNameEveryCandidate()
    {
        await using var p = await TestProgramme.StartAsync();
        var ids = Enumerable.Range(0, 3_000).Select(i => $"k-{i:x10}").ToList();
        await p.StoreCandidatesAsync(ids);

        // The API's lists are paged; the team page's reassign form lists every candidate in IPS of the coach it moves from.
        using var browser = await IpsMonitor.Tests.Workspace.StaffSession.SignInAsync(p, "coordinator");
        var page = await browser.PageAsync("team?from=coach-a");

        Assert.All(ids.Take(20), id => Assert.Contains(id, page, StringComparison.Ordinal));
        var table = p.Table(AuditLog.Table);
        var parts = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>())
            if (row.GetString("Action").StartsWith("view team page", StringComparison.Ordinal))
                parts.Add(row);
        Assert.True(parts.Count > 1, "a list this long is split over several rows");
        Assert.Single(parts.Select(r => r.GetString("ListId")).Distinct());
        Assert.Equal(Enumerable.Range(1, parts.Count), parts.Select(r => r.GetInt32("Part")!.Value).Order());
        Assert.All(parts, r => Assert.Equal(parts.Count, r.GetInt32("Parts")));
        Assert.All(parts, r => Assert.True(r.GetString("CandidateIds").Length <= AuditLog.MaxIdsCharacters));
        Assert.Equal(ids, parts.SelectMany(r => r.GetString("CandidateIds").Split(',')).Order().ToList());
    }
}
