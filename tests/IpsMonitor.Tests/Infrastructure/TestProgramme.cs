using System.Net.Http.Headers;
using IpsMonitor.LocalHost;

namespace IpsMonitor.Tests.Infrastructure;

/// <summary>A running host with one programme, two coaches and keys for a coordinator and each coach.</summary>
internal sealed class TestProgramme : IAsyncDisposable
{
    public const string Id = "team-a";

    private TestProgramme(RunningHost host, TestClock clock, HttpClient coordinator, HttpClient coachA, HttpClient coachB, IReadOnlyDictionary<string, string> keys)
    {
        Keys = keys;
        Host = host;
        Clock = clock;
        Coordinator = coordinator;
        CoachA = coachA;
        CoachB = coachB;
    }

    /// <summary>The plain keys ("coordinator", "coach-a", "coach-b"), for signing in to the staff pages.</summary>
    public IReadOnlyDictionary<string, string> Keys { get; }

    public RunningHost Host { get; }
    public TestClock Clock { get; }

    /// <summary>The programme's date now (Amsterdam), as the clock stands.</summary>
    public DateOnly Today => ProgrammeTime.Today(Clock);
    public HttpClient Coordinator { get; }
    public HttpClient CoachA { get; }
    public HttpClient CoachB { get; }
    public T Service<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>
    /// Without signal functions the check-in messages stay on their queues, where a test can see them; with them, the
    /// signal functions consume them as in production.
    /// </summary>
    public static async Task<TestProgramme> StartAsync(IDictionary<string, string?>? settings = null, bool signalFunctions = false, Action<IServiceCollection>? services = null)
    {
        var clock = new TestClock();
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (!signalFunctions)
            foreach (var name in new[] { "RecomputeOnCheckInSubmitted", "RecomputeOnCheckInMissed", "RecomputeOnCandidateChanged" })
                all[$"AzureWebJobs.{name}.Disabled"] = "true";
        var host = await TestHost.StartAsync(all, services: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            services?.Invoke(s);
        });
        var access = host.Services.GetRequiredService<AccessStore>();
        await access.EnsureProgrammeAsync(Id, "Team A", CancellationToken.None);
        await access.SaveCoachAsync(new Coach("coach-a", Id, 1m), CancellationToken.None);
        await access.SaveCoachAsync(new Coach("coach-b", Id, 0.5m), CancellationToken.None);
        var coordinator = await access.CreateKeyAsync(Id, StaffRole.Coordinator, null, "test", CancellationToken.None);
        var coachA = await access.CreateKeyAsync(Id, StaffRole.Coach, "coach-a", "test", CancellationToken.None);
        var coachB = await access.CreateKeyAsync(Id, StaffRole.Coach, "coach-b", "test", CancellationToken.None);
        return new TestProgramme(host, clock, Client(host, coordinator), Client(host, coachA), Client(host, coachB),
            new Dictionary<string, string> { ["coordinator"] = coordinator, ["coach-a"] = coachA, ["coach-b"] = coachB });
    }

    public HttpClient Anonymous() => new() { BaseAddress = Host.BaseAddress };

    public static HttpClient Client(RunningHost host, string key)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Enrols through the API, as coach A unless another client is given; returns the candidate's JSON.</summary>
    public async Task<JsonElement> EnrolAsync(DateOnly referral, bool employed = false, HttpClient? as_ = null, string? email = null, string language = "nl")
    {
        var response = await (as_ ?? CoachA).PostAsJsonAsync($"programmes/{Id}/candidates",
            new { referralDate = referral, employedAtReferral = employed, email, language });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Enrols as <see cref="EnrolAsync"/> does and returns only the new candidate's id.</summary>
    public async Task<string> EnrolIdAsync(DateOnly referral, bool employed = false, HttpClient? as_ = null, string? email = null, string language = "nl") =>
        (await EnrolAsync(referral, employed, as_, email, language)).GetProperty("id").GetString() ?? throw new InvalidOperationException("No id.");

    /// <summary>One of this host's tables, by the name the app gives it before its storage prefix.</summary>
    public TableClient Table(string name) => Service<TableServiceClient>().GetTableClient(Service<StorageNames>().Table(name));

    /// <summary>
    /// Coach A's candidates, referred 5 January 2026, written straight into storage in batches as a restore writes them,
    /// then their read models rebuilt from them: for tests of many.
    /// </summary>
    public async Task StoreCandidatesAsync(IEnumerable<string> ids)
    {
        var candidates = Table(CaseloadStore.CandidatesTable);
        await candidates.CreateIfNotExistsAsync();
        foreach (var chunk in ids.Chunk(100))
            await candidates.SubmitTransactionAsync(chunk.Select(id => new TableTransactionAction(TableTransactionActionType.Add,
                CandidateRows.ToRow(new Candidate(id, Id, "coach-a", null, "nl", [new Referral(new DateOnly(2026, 1, 5), false, null, null)]), null))));
        await Service<ReadModelRebuild>().RebuildAsync(CancellationToken.None);
    }

    /// <summary>The usual start of a job test: a candidate referred on 1 March 2026, in a regular job since 1 June.</summary>
    public async Task<(string Id, string JobId)> EnrolWithJobAsync(bool consent, string? supervisorEmail = "chef@example.org", decimal hours = 16)
    {
        var id = await EnrolIdAsync(new DateOnly(2026, 3, 1));
        return (id, await StartJobAsync(id, new DateOnly(2026, 6, 1), consent, supervisorEmail, hours));
    }

    /// <summary>
    /// The usual start of a test that runs against today: a candidate referred three months ago, in a regular job that
    /// started four weeks ago, so the first onboarding check-ins (every four weeks from the job start) fall due today.
    /// </summary>
    public async Task<(string Id, string JobId)> EnrolInRecentJobAsync(bool consent, string? supervisorEmail = "chef@example.org")
    {
        var id = await EnrolIdAsync(Today.AddMonths(-3));
        return (id, await StartJobAsync(id, Today.AddDays(-28), consent, supervisorEmail));
    }

    public async Task<string> StartJobAsync(string candidateId, DateOnly start, bool consent, string? supervisorEmail = "chef@example.org", decimal hours = 16)
    {
        var response = await CoachA.PostAsJsonAsync($"candidates/{candidateId}/jobs", new
        {
            employer = "Bakkerij", jobTitle = "Medewerker", sector = "C", startDate = start, contractHoursPerWeek = hours,
            competitive = true, kind = "regular",
            supervisor = new { consent, name = "Chef", email = supervisorEmail, disclosure = "supervisorOnly" },
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in new[] { Coordinator, CoachA, CoachB })
            client.Dispose();
        await Host.DisposeAsync();
    }
}
