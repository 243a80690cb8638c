using AngleSharp.Dom;

namespace IpsMonitor.Tests.Development;

/// <summary>
/// The candidate's browser on "Mijn ontwikkeling": it keeps the antiforgery cookie, reads the page's forms and sends them
/// as they are rendered (hidden id and antiforgery field included), without following the redirect.
/// </summary>
internal sealed class VoicePosts(TestProgramme p, string token) : IDisposable
{
    private readonly HttpClient web = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = p.Host.BaseAddress };

    public string Token => token;

    public async Task<IDocument> PageAsync(string lang = "nl")
    {
        var response = await web.GetAsync(new Uri($"d/{token}?lang={lang}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Dom.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The form whose text box has this id ("new-goal", "new-point", "goal-{id}", "point-{id}").</summary>
    public static IElement Form(IDocument page, string fieldId) =>
        page.QuerySelector($"textarea#{fieldId}")?.Closest("form") ?? throw new InvalidOperationException($"no form for {fieldId}");

    /// <summary>Sends the form as rendered with this text and button; the answer as it came.</summary>
    public async Task<HttpResponseMessage> SendAsync(IElement form, string text, string action = "save", bool withToken = true)
    {
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Where(i => withToken || i.GetAttribute("name") != "__af")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name") ?? "", i.GetAttribute("value") ?? ""))
            .Append(new("text", text)).Append(new("action", action)).ToList();
        // The action is relative to the page (d/{token}), as the browser resolves it.
        return await web.PostAsync(new Uri("d/" + form.GetAttribute("action"), UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    /// <summary>Writes a new goal (or point) from a fresh page and checks it was saved.</summary>
    public async Task WriteAsync(string kind, string text)
    {
        var answer = await SendAsync(Form(await PageAsync(), "new-" + kind), text);
        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
    }

    public void Dispose() => web.Dispose();
}
