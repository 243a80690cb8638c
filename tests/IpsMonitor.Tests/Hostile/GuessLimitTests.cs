using System.Globalization;
using IpsMonitor.Tests.CheckIns;
using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.Hostile;

/// <summary>
/// The guess limit never refuses a right key or link, cannot be steered onto someone else's address, and counts in
/// storage, so two instances of the app share one limit. Clients are told apart by X-Forwarded-For, as in Azure.
/// </summary>
public sealed class GuessLimitTests
{
    private const string Office = "203.0.113.40";
    private const string FrontDoor = "198.18.0.1";

    private static Dictionary<string, string?> Settings(int hops = 1, int keyFailures = 5) => new()
    {
        ["Guessing:KeyFailures"] = keyFailures.ToString(CultureInfo.InvariantCulture),
        ["Guessing:LinkFailures"] = "5",
        ["Guessing:DelayMilliseconds"] = "0",
        ["Guessing:ClientHeader"] = "X-Forwarded-For",
        ["Guessing:ClientHeaderHops"] = hops.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Windows start at whole multiples of their length; the test clock is set just after such a start, so a test never
    /// straddles two windows, whatever the time of day it runs.
    /// </summary>
    internal static void AtWindowStart(TestClock clock, int windowMinutes = 15)
    {
        var now = TimeProvider.System.GetUtcNow();
        clock.Offset = TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(now.UtcTicks % TimeSpan.FromMinutes(windowMinutes).Ticks);
    }

    private static HttpRequestMessage Request(string forwardedFor, string path, string? key = null, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        if (key is not null)
            request.Headers.Authorization = new("Bearer", key);
        return request;
    }

    private static string Candidates => $"programmes/{TestProgramme.Id}/candidates";

    private static async Task<List<TableEntity>> CountsAsync(TestProgramme p)
    {
        var table = p.Service<TableServiceClient>().GetTableClient(p.Service<StorageNames>().Table(GuessCounts.Table));
        return await table.QueryAsync<TableEntity>().ToListAsync();
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient web, string forwardedFor, string key)
    {
        var page = await web.SendAsync(Request(forwardedFor, "staff/sign-in"));
        var post = Request(forwardedFor, "staff/sign-in", method: HttpMethod.Post);
        post.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = StaffSession.Token(await page.Content.ReadAsStringAsync()),
            ["key"] = key,
        });
        return await web.SendAsync(post);
    }

    [Fact]
    public async Task ARightKeyOrLinkAfterTwentyWrongGuessesFromTheSameAddressIsLetInAtOnce()
    {
        await using var p = await TestProgramme.StartAsync(Settings());
        AtWindowStart(p.Clock);
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        using var respondent = await Visitor.LinkAsync(p, id);
        using var web = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = p.Host.BaseAddress };

        var wrongKeys = new List<HttpStatusCode>();
        var wrongLinks = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            wrongKeys.Add((await web.SendAsync(Request(Office, Candidates, key: $"ipsm_wrong-{i}"))).StatusCode);
            wrongLinks.Add((await web.SendAsync(Request(Office, $"q/wrong{i}AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))).StatusCode);
        }
        var api = await web.SendAsync(Request(Office, Candidates, key: p.Keys["coordinator"]));
        var signIn = await SignInAsync(web, Office, p.Keys["coach-a"]);
        var wrongSignIn = await SignInAsync(web, Office, "ipsm_wrong-sign-in");
        var link = await web.SendAsync(Request(Office, $"q/{respondent.Token}"));

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), wrongKeys.Take(5));
        Assert.All(wrongKeys.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 5), wrongLinks.Take(5));
        Assert.All(wrongLinks.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(IpsMonitor.Workspace.StaffPages.SessionCookie + "=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.TooManyRequests, wrongSignIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);
        // Over the limit nothing more is written: one row per kind for the office, stopped at limit + 1.
        var counts = await CountsAsync(p);
        Assert.Equal(2, counts.Count);
        Assert.All(counts, c => Assert.Equal(6, c.GetInt32("Count")));
        Assert.Single(counts.Select(c => c.RowKey).Distinct());
        Assert.DoesNotContain(counts, c => c.RowKey.Contains(Office, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARevokedKeyCountsAsAWrongGuessButNeverBlocksADifferentRightKey()
    {
        await using var p = await TestProgramme.StartAsync(Settings(keyFailures: 3));
        AtWindowStart(p.Clock);
        await p.Service<AccessStore>().RevokeCoachKeysAsync(TestProgramme.Id, "coach-b", CancellationToken.None);
        using var web = p.Anonymous();

        var revoked = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
            revoked.Add((await web.SendAsync(Request(Office, Candidates, key: p.Keys["coach-b"]))).StatusCode);
        var right = await web.SendAsync(Request(Office, Candidates, key: p.Keys["coordinator"]));

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 3), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)], revoked);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task AnAttackerWithASpoofedForwardedForCannotLockOutAChosenVictimNorGetFreshGuesses()
    {
        // Behind Front Door and App Service: two hops of ours, the client is the second entry from the right.
        await using var p = await TestProgramme.StartAsync(Settings(hops: 2));
        AtWindowStart(p.Clock);
        using var web = p.Anonymous();
        const string attacker = "198.51.100.9";
        const string victim = "192.0.2.77";

        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            // The attacker writes the victim's address (or a fresh one) in front; our proxies append the real ones.
            var spoofed = i % 2 == 0 ? victim : $"10.1.{i}.1";
            guesses.Add((await web.SendAsync(Request($"{spoofed}, {attacker}:5{i:D4}, {FrontDoor}", Candidates, key: $"ipsm_x{i}"))).StatusCode);
        }
        var victimTypo = await web.SendAsync(Request($"{victim}:40000, {FrontDoor}", Candidates, key: "ipsm_typo"));
        var victimRight = await web.SendAsync(Request($"{victim}:40001, {FrontDoor}", Candidates, key: p.Keys["coach-a"]));

        Assert.Equal(5, guesses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.All(guesses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.Unauthorized, victimTypo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, victimRight.StatusCode);
        var counts = await CountsAsync(p);
        Assert.Equal([1, 6], counts.Select(c => c.GetInt32("Count") ?? 0).Order());
    }

    [Fact]
    public async Task TheLimitHoldsAcrossTwoHostInstancesOnTheSameStorage()
    {
        await using var p = await TestProgramme.StartAsync(Settings(keyFailures: 4));
        AtWindowStart(p.Clock);
        await using var second = await TestHost.StartAsync(Settings(keyFailures: 4), prefix: p.Service<StorageNames>().Prefix,
            services: s => s.AddSingleton<TimeProvider>(p.Clock));
        using var one = p.Anonymous();
        using var two = second.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
            statuses.Add((await (i % 2 == 0 ? one : two).SendAsync(Request(Office, Candidates, key: $"ipsm_w{i}"))).StatusCode);
        var rightOnOne = await one.SendAsync(Request(Office, Candidates, key: p.Keys["coordinator"]));
        var rightOnTwo = await two.SendAsync(Request(Office, Candidates, key: p.Keys["coach-a"]));

        // Each instance alone saw 3 wrong keys, under its limit of 4; together they saw 6.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)], statuses);
        Assert.Equal(HttpStatusCode.OK, rightOnOne.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightOnTwo.StatusCode);
    }
}
