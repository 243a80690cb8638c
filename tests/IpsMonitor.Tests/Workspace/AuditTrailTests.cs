using CsvHelper;

namespace IpsMonitor.Tests.Workspace;

/// <summary>The audit as coordinators read it: by month and by candidate, paged, as CSV, and every read of it audited.</summary>
public sealed class AuditTrailTests
{
    private static string AuditPath(string query = "") => $"programmes/{TestProgramme.Id}/audit{query}";

    [Fact]
    public async Task TheApiGivesTheMonthNewestFirstWithWhoWhatWhenAndFromWhereAndFiltersByCandidate()
    {
        await using var p = await TestProgramme.StartAsync();
        var first = await p.EnrolIdAsync(new DateOnly(2026, 1, 5));
        var second = await p.EnrolIdAsync(new DateOnly(2026, 1, 5));
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.GetAsync(new Uri($"candidates/{first}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.Coordinator.GetAsync(new Uri($"programmes/{TestProgramme.Id}/candidates", UriKind.Relative))).StatusCode);

        var month = await p.Coordinator.GetAsync(new Uri(AuditPath(), UriKind.Relative));
        var entries = (await month.Content.ReadFromJsonAsync<JsonElement[]>())!;
        var byCandidate = (await p.Coordinator.GetFromJsonAsync<JsonElement[]>(AuditPath($"?candidate={first}")))!;

        Assert.Equal(HttpStatusCode.OK, month.StatusCode);
        Assert.Equal("no-store", month.Headers.CacheControl!.ToString());
        var read = entries.First(e => e.GetProperty("action").GetString() == "view candidate" || e.GetProperty("candidateId").GetString() == first);
        Assert.Equal("coach", read.GetProperty("role").GetString());
        Assert.Equal("test", read.GetProperty("keyLabel").GetString());
        Assert.Equal("127.0.0.1", read.GetProperty("client").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", read.GetProperty("localTime").GetString()!);
        var at = read.GetProperty("at").GetDateTimeOffset();
        Assert.Equal(TimeZoneInfo.ConvertTime(at, ProgrammeTime.Zone).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), read.GetProperty("localTime").GetString());
        Assert.Equal(entries.Select(e => e.GetProperty("at").GetDateTimeOffset()).OrderDescending(), entries.Select(e => e.GetProperty("at").GetDateTimeOffset()));
        Assert.DoesNotContain(p.Keys["coach-a"], await month.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // By candidate: the single reads of that candidate and the list reads that named them, never another's own rows.
        Assert.NotEmpty(byCandidate);
        Assert.All(byCandidate, e => Assert.True(e.GetProperty("candidateId").GetString() == first
            || e.GetProperty("candidateIds").EnumerateArray().Any(id => id.GetString() == first)));
        Assert.Contains(byCandidate, e => e.GetProperty("candidateIds").EnumerateArray().Any(id => id.GetString() == second));
        Assert.DoesNotContain(byCandidate, e => e.GetProperty("candidateId").GetString() == second);

        // Reading the audit is itself audited, naming the candidates it showed.
        var after = (await p.Coordinator.GetFromJsonAsync<JsonElement[]>(AuditPath()))!;
        var audited = after.Where(e => e.GetProperty("action").GetString()!.StartsWith("read audit", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, audited.Count);
        Assert.Contains(audited, e => e.GetProperty("candidateIds").EnumerateArray().Any(id => id.GetString() == first));
    }

    [Fact]
    public async Task TheApiIsPagedRefusesBadFiltersNamingThemAndIsForCoordinatorsOnly()
    {
        await using var p = await TestProgramme.StartAsync();
        for (var i = 0; i < 5; i++)
            await p.EnrolAsync(new DateOnly(2026, 1, 5));

        var all = (await p.Coordinator.GetFromJsonAsync<JsonElement[]>(AuditPath()))!;
        var firstPage = await p.Coordinator.GetAsync(new Uri(AuditPath("?pageSize=2"), UriKind.Relative));
        var next = firstPage.Headers.GetValues("Link").Single();

        Assert.Equal(2, (await firstPage.Content.ReadFromJsonAsync<JsonElement[]>())!.Length);
        Assert.True(int.Parse(firstPage.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture) >= all.Length);
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", next, StringComparison.Ordinal);
        foreach (var (query, field) in new[] { ("?month=2026-13", "month"), ("?month=1999-12", "month"), ("?month=november", "month"), ("?candidate=a%27b", "candidate"), ("?pageSize=501", "pageSize"), ("?page=0", "page") })
        {
            var bad = await p.Coordinator.GetAsync(new Uri(AuditPath(query), UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
            Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), $"{query} names {field}");
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await p.CoachA.GetAsync(new Uri(AuditPath(), UriKind.Relative))).StatusCode);
        Assert.Empty((await p.Coordinator.GetFromJsonAsync<JsonElement[]>(AuditPath("?month=2001-01")))!);
    }

    [Fact]
    public async Task TheCsvExportNeutralisesFormulasQuotesAndSeparatorsAndIsNeverCachedOrSniffed()
    {
        await using var p = await TestProgramme.StartAsync();
        // Key labels are typed by people: plant one that a spreadsheet would run, with a quote and a separator in it.
        const string planted = "=HYPERLINK(\"http://example.org\",\"a,b\")";
        var key = await p.Service<AccessStore>().CreateKeyAsync(TestProgramme.Id, StaffRole.Coach, "coach-a", planted, CancellationToken.None);
        var client = TestProgramme.Client(p.Host, key);
        var candidate = await p.EnrolIdAsync(new DateOnly(2026, 1, 5));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"candidates/{candidate}", UriKind.Relative))).StatusCode);
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        var response = await coordinator.GetAsync("audit/export");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = ReadCsv(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches(@"^audit-team-a-\d{4}-\d\d\.csv$", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Equal(IpsMonitor.Workspace.AuditText.For("nl").CsvHeader, rows[0]);
        var label = rows.Skip(1).Select(r => r[2]).Single(l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Equal("'" + planted, label);
        Assert.All(rows.Skip(1).SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), $"cell {cell} starts a formula"));
        Assert.Contains(rows, r => r[5] == candidate && r[7] == "127.0.0.1");
        // Roles in the reader's words, as on the page: "begeleider", "coördinator", never the recorded "coach".
        var nl = IpsMonitor.Workspace.AuditText.For("nl");
        Assert.All(rows.Skip(1), r => Assert.Contains(r[1], new[] { nl.Coach, nl.Coordinator, nl.Respondent, nl.System }));
        Assert.DoesNotContain(key, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        // The export is audited too.
        var audit = p.Table(AuditLog.Table);
        var exported = new List<TableEntity>();
        await foreach (var row in audit.QueryAsync<TableEntity>())
            if (row.GetString("Action").StartsWith("export audit", StringComparison.Ordinal))
                exported.Add(row);
        Assert.Contains(candidate, Assert.Single(exported).GetString("CandidateIds"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAuditPageIsForCoordinatorsShowsTheMonthAndPagesWithPlainLinks()
    {
        await using var p = await TestProgramme.StartAsync();
        var candidate = await p.EnrolIdAsync(new DateOnly(2026, 1, 5));
        for (var i = 0; i < 60; i++)
            await p.Service<AuditLog>().RecordSystemAsync(TestProgramme.Id, $"test row {i}", candidate, CancellationToken.None);
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var first = await coordinator.PageAsync("audit");
        var second = await coordinator.PageAsync("audit?page=2");
        var bad = await coordinator.GetAsync("audit?month=13-2026");

        var (page1, page2) = (Dom.Parse(first), Dom.Parse(second));
        Assert.Contains(page1.QuerySelectorAll("main tbody tr"), r => r.Text().Contains("test row 59", StringComparison.Ordinal));
        Assert.NotNull(page1.QuerySelector("nav.pager a[rel=next]"));
        Assert.Contains(page2.QuerySelectorAll("main tbody tr"), r => r.Text().Contains("test row 0", StringComparison.Ordinal));
        Assert.NotNull(page2.QuerySelector("nav.pager a[rel=prev]"));
        Assert.DoesNotContain(page2.QuerySelectorAll("main tbody tr"), r => r.Text().Contains("test row 59", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = Dom.Parse(await bad.Content.ReadAsStringAsync()).QuerySelector("main .errors[role=alert] p.error");
        Assert.Contains("bijvoorbeeld 2026-11", problem?.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync("audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync("audit/export")).StatusCode);
    }

    /// <summary>Reads the whole file with the same library, as a client would.</summary>
    internal static List<string[]> ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = false, Separator = ';' });
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToArray());
        return rows;
    }

    [Fact]
    public async Task TheAuditPageFindsACandidateByTheCoachsOwnReferenceAsByTheirCode()
    {
        await using var p = await TestProgramme.StartAsync();
        var enrolled = await p.CoachA.PostAsJsonAsync($"programmes/{TestProgramme.Id}/candidates",
            new { referralDate = p.Today.AddDays(-10), employedAtReferral = false, language = "nl", localReference = "dossier 7" });
        var id = (await enrolled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await p.Service<AuditLog>().RecordSystemAsync(TestProgramme.Id, "test row", id, CancellationToken.None);
        await p.Service<AuditLog>().RecordSystemAsync(TestProgramme.Id, "another's row", await p.EnrolIdAsync(p.Today.AddDays(-9)),
            CancellationToken.None);
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        var page = Dom.Parse(await coordinator.PageAsync("audit?candidate=dossier%207"));
        var rows = page.QuerySelectorAll("main tbody tr").Select(r => r.Text()).ToList();
        Assert.Contains(rows, r => r.Contains("test row", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("another's row", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("main .errors"));
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("audit?candidate=nobody%20here")).StatusCode);
    }
}
