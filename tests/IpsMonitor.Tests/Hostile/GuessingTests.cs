using IpsMonitor.Tests.CheckIns;
using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.Hostile;

/// <summary>
/// Guessing link tokens and staff keys is slowed, then refused per client; real respondents and staff on any client,
/// the guessing one included, and successful requests, are never held back. Clients are told apart by X-Forwarded-For, as in Azure.
/// </summary>
public sealed class GuessingTests
{
    private static Dictionary<string, string?> Settings(int linkFailures = 3, int keyFailures = 2) => new()
    {
        ["Guessing:LinkFailures"] = linkFailures.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Guessing:KeyFailures"] = keyFailures.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Guessing:DelayMilliseconds"] = "50",
        ["Guessing:ClientHeader"] = "X-Forwarded-For",
        ["Guessing:ClientHeaderHops"] = "1",
    };

    /// <summary>A request from a client the front end saw at <paramref name="address"/>; what the client itself put before it is ignored.</summary>
    private static HttpRequestMessage From(string address, HttpMethod method, string path, string? spoofed = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", spoofed is null ? $"{address}:51234" : $"{spoofed}, {address}:{Random.Shared.Next(1024, 65535)}");
        return request;
    }

    [Fact]
    public async Task TheAuditKeepsTheClientTheFrontEndNamedByTheSameRuleAsTheGuessLimit()
    {
        await using var p = await TestProgramme.StartAsync(Settings());
        GuessLimitTests.AtWindowStart(p.Clock);
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));

        using var read = From("203.0.113.7", HttpMethod.Get, $"candidates/{id}", spoofed: "10.9.9.9");
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.SendAsync(read)).StatusCode);

        var table = p.Service<Azure.Data.Tables.TableServiceClient>().GetTableClient(p.Service<StorageNames>().Table(IpsMonitor.Access.AuditLog.Table));
        var rows = new List<Azure.Data.Tables.TableEntity>();
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(r => r.GetString("CandidateId") == id))
            rows.Add(row);
        var viewed = Assert.Single(rows, r => r.GetString("Action") == "read candidate");
        Assert.Equal("203.0.113.7", viewed.GetString("Client"));
    }

    [Fact]
    public async Task GuessingQuestionnaireLinksIsRefusedForThatClientWhileARealRespondentElsewhereGoesOn()
    {
        await using var p = await TestProgramme.StartAsync(Settings());
        GuessLimitTests.AtWindowStart(p.Clock);
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        using var respondent = await Visitor.LinkAsync(p, id);
        using var web = p.Anonymous();
        const string attacker = "198.51.100.9";

        // Each guess comes with a different forged address in front; only the one the front end wrote counts.
        var guesses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
            guesses.Add(await web.SendAsync(From(attacker, HttpMethod.Get, $"q/guess{i}AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", spoofed: $"10.0.0.{i}")));
        var refused = await web.SendAsync(From(attacker, HttpMethod.Get, "q/guess9AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        var rightTokenFromAttacker = await web.SendAsync(From(attacker, HttpMethod.Get, $"q/{respondent.Token}"));
        var developmentFromAttacker = await web.SendAsync(From(attacker, HttpMethod.Get, "d/guessAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        var real = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
            real.Add(await web.SendAsync(From("203.0.113.7", HttpMethod.Get, $"q/{respondent.Token}")));
        var elsewhereWrong = await web.SendAsync(From("203.0.113.7", HttpMethod.Get, "q/typoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));

        Assert.All(guesses, g => Assert.Equal(HttpStatusCode.NotFound, g.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("text/html", refused.Content.Headers.ContentType!.MediaType);
        Assert.Contains("te veel links", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rightTokenFromAttacker.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, developmentFromAttacker.StatusCode);
        Assert.All(real, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, elsewhereWrong.StatusCode);
    }

    [Fact]
    public async Task GuessingApiKeysIsRefusedWithProblemDetailsAndWrongSignInsFromThatClientToo()
    {
        await using var p = await TestProgramme.StartAsync(Settings());
        GuessLimitTests.AtWindowStart(p.Clock);
        using var web = p.Anonymous();
        const string attacker = "2001:db8::66";
        HttpRequestMessage WithKey(string address, string key, string path = $"programmes/{TestProgramme.Id}/candidates")
        {
            var request = From(address, HttpMethod.Get, path);
            request.Headers.Authorization = new("Bearer", key);
            return request;
        }

        var first = await web.SendAsync(WithKey(attacker, "ipsm_guess-1"));
        var second = await web.SendAsync(WithKey(attacker, "ipsm_guess-2"));
        var refused = await web.SendAsync(WithKey(attacker, "ipsm_guess-3"));
        var rightKeyFromAttacker = await web.SendAsync(WithKey(attacker, p.Keys["coordinator"]));
        var coordinatorElsewhere = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
            coordinatorElsewhere.Add(await web.SendAsync(WithKey("192.0.2.20", p.Keys["coordinator"])));
        var signInPage = await web.SendAsync(From(attacker, HttpMethod.Get, "staff/sign-in"));
        var cookie = signInPage.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var signIn = From(attacker, HttpMethod.Post, "staff/sign-in");
        signIn.Headers.Add("Cookie", string.Join("; ", cookie));
        var af = StaffSession.Token(await signInPage.Content.ReadAsStringAsync());
        signIn.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = af, ["key"] = "ipsm_guess-4" });
        var signInRefused = await web.SendAsync(signIn);

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Too many wrong keys", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, rightKeyFromAttacker.StatusCode);
        Assert.All(coordinatorElsewhere, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, signInRefused.StatusCode);
        Assert.NotNull(signInRefused.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task ManySuccessfulRequestsFromOneClientAreNeverThrottled()
    {
        // Default limits and no client header: everything comes from loopback, as in the load benchmark.
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["Guessing:DelayMilliseconds"] = "0" });
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        using var respondent = await Visitor.LinkAsync(p, id);

        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await respondent.GetAsync()).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await p.CoachA.GetAsync(new Uri($"candidates/{id}", UriKind.Relative))).StatusCode);
        }
    }
}
