namespace IpsMonitor.Tests.CheckIns;

/// <summary>A person with a link: fetches and posts the questionnaire pages as a browser without JavaScript would.</summary>
internal sealed class Visitor(TestProgramme p, string token) : IDisposable
{
    private readonly HttpClient client = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(p.Host.BaseAddress, "q/") };

    public string Token => token;

    public static async Task<Visitor> LinkAsync(TestProgramme p, string candidateId, string respondent = "candidate")
    {
        var response = await p.CoachA.PostAsJsonAsync($"candidates/{candidateId}/invitations", new { respondent });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        return new Visitor(p, link[(link.LastIndexOf('/') + 1)..]);
    }

    public Task<HttpResponseMessage> GetAsync(string query = "") => client.GetAsync(new Uri(token + query, UriKind.Relative));

    public Task<HttpResponseMessage> PostAsync(IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(new Uri(token, UriKind.Relative), new FormUrlEncodedContent(fields));

    public Task<HttpResponseMessage> PostRawAsync(HttpContent content) => client.PostAsync(new Uri(token, UriKind.Relative), content);

    /// <summary>A valid answer for every item of one screen: the lowest scale point, the smallest number, yes, the first option.</summary>
    public static List<KeyValuePair<string, string>> ValidScreen(ItemGroup group, int step, string action, IReadOnlyDictionary<string, string>? answers = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("step", step.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("action", action) };
        foreach (var item in group.Items)
        {
            var value = item switch
            {
                ScaleItem s => s.Max.ToString(System.Globalization.CultureInfo.InvariantCulture),
                NumberItem n => n.Min.ToString(System.Globalization.CultureInfo.InvariantCulture),
                YesNoItem => "yes",
                ChoiceItem c => c.Options[0].Id,
                _ => "Meer uitdaging <script>alert('x')</script>",
            };
            fields.Add(new(item.Id, answers?.GetValueOrDefault(item.Id) ?? value));
        }
        return fields;
    }

    /// <summary>The questionnaire as this person is asked it (a candidate looking for work gets no job items).</summary>
    public async Task<QuestionnaireDefinition> DefinitionAsync()
    {
        var opened = await p.Service<IpsMonitor.CheckIns.RespondentPages>().OpenAsync(new Microsoft.AspNetCore.Http.DefaultHttpContext(), token, null, CancellationToken.None);
        Assert.True(opened.Passed(out var session, out _), "the link does not open");
        return session.Definition;
    }

    /// <summary>Walks every screen with valid answers and submits on the last; returns the final response.</summary>
    public async Task<HttpResponseMessage> AnswerAllAsync(IReadOnlyDictionary<string, string>? answers = null)
    {
        var definition = await DefinitionAsync();
        HttpResponseMessage? last = null;
        for (var step = 1; step <= definition.Groups.Count; step++)
        {
            last = await PostAsync(ValidScreen(definition.Groups[step - 1], step, step == definition.Groups.Count ? "submit" : "next", answers));
            Assert.Equal(HttpStatusCode.SeeOther, last.StatusCode);
        }
        return last!;
    }

    public void Dispose() => client.Dispose();
}
