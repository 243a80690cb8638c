namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// The enrolment form sent twice, as a double tap or a resend after a lost answer does: one candidate, and both answers
/// lead to them. With no local reference there is nothing else that could tell the second send from a new person.
/// </summary>
public sealed class EnrolmentDoubleSubmitTests
{
    [Fact]
    public async Task TheSameEnrolmentFormSentTwiceEnrolsOneCandidate()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var fields = await FormAsync(p, coach);

        var first = await SendAsync(coach, fields);
        var second = await SendAsync(coach, fields);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        // The host starts with no candidates: the one stored is the form's.
        Assert.Equal([fields["candidateId"]], await CandidateIdsAsync(p));
    }

    [Fact]
    public async Task TheSameEnrolmentFormSentTwiceAtOnceEnrolsOneCandidate()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var fields = await FormAsync(p, coach);

        // Two sends in the same moment (two tabs, a client that retries at once): both pass the first look for the id.
        var sends = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendAsync(coach, fields)));

        Assert.All(sends, s => Assert.Equal(HttpStatusCode.SeeOther, s.StatusCode));
        Assert.Single(sends.Select(s => s.Headers.Location).Distinct());
        Assert.Equal([fields["candidateId"]], await CandidateIdsAsync(p));
    }

    /// <summary>The enrolment form as the page hands it out (its antiforgery field and proposed id), filled in.</summary>
    private static async Task<Dictionary<string, string>> FormAsync(TestProgramme p, StaffSession coach)
    {
        var page = Dom.Parse(await coach.PageAsync("enrolment"));
        return new Dictionary<string, string>
        {
            ["__af"] = page.QuerySelector("input[name=__af]")?.GetAttribute("value") ?? "",
            ["candidateId"] = page.QuerySelector("input[name=candidateId]")?.GetAttribute("value") ?? "",
            ["referralDate"] = p.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["employedAtReferral"] = "false",
            ["language"] = "nl",
        };
    }

    /// <summary>Sends the filled-in form as it stands, its antiforgery field and proposed id included.</summary>
    private static Task<HttpResponseMessage> SendAsync(StaffSession coach, Dictionary<string, string> fields) =>
        coach.SendAsync(new HttpRequestMessage(HttpMethod.Post, "enrolment") { Content = new FormUrlEncodedContent(fields) });

    private static async Task<List<string>> CandidateIdsAsync(TestProgramme p)
    {
        var ids = new List<string>();
        await foreach (var row in p.Table(CaseloadStore.CandidatesTable).QueryAsync<TableEntity>(r => r.PartitionKey == TestProgramme.Id))
            ids.Add(row.RowKey);
        return ids;
    }
}
