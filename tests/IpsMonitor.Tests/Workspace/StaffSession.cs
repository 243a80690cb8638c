using System.Text.RegularExpressions;
using IpsMonitor.LocalHost;

namespace IpsMonitor.Tests.Workspace;

/// <summary>A browser-like HTTP client for the staff pages: keeps cookies, follows no redirects, reads the antiforgery field.</summary>
internal sealed partial class StaffSession : IDisposable
{
    private readonly HttpClient client;

    private StaffSession(RunningHost host)
    {
        Cookies = new CookieContainer();
        client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseAddress, "staff/") };
    }

    public CookieContainer Cookies { get; }

    public static Task<StaffSession> SignInAsync(TestProgramme p, string who) => SignInWithKeyAsync(p, p.Keys[who]);

    /// <summary>Signed in with a key of its own, such as one of another programme.</summary>
    public static async Task<StaffSession> SignInWithKeyAsync(TestProgramme p, string key)
    {
        var session = new StaffSession(p.Host);
        var signIn = await session.client.GetStringAsync(new Uri("sign-in", UriKind.Relative));
        var answer = await session.client.PostAsync(new Uri("sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = Token(signIn),
            ["key"] = key,
        }));
        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        return session;
    }

    /// <summary>Sends any request with this session's cookies (a path relative to staff/).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => client.SendAsync(request);

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<string> PageAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form as the page would: with the antiforgery field of the page it came from, unless told otherwise.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields, string fromPage, bool withToken = true)
    {
        var form = new Dictionary<string, string>(fields);
        if (withToken)
            form["__af"] = Token(await PageAsync(fromPage));
        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form));
    }

    public static string Token(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public void Dispose() => client.Dispose();
}
