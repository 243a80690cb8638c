namespace IpsMonitor.Tests.CheckIns;

/// <summary>A link a coach asks for must not open the respondent's unsent answers, and every use of it names the coach.</summary>
public sealed class ReissuedLinkTests
{
    [Fact]
    public async Task AReissuedLinkOpensWithoutTheDraftAndItsUseIsAuditedUnderWhoeverIssuedIt()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        var definition = p.Service<QuestionnaireCatalog>().Current(Respondent.Candidate);
        var step = definition.Groups.ToList().FindIndex(g => g.Items.Any(i => i.Id == ItemIds.HelpNow)) + 1;
        using var candidate = await Visitor.LinkAsync(p, id);
        var screen = Visitor.ValidScreen(definition.Groups[step - 1], step, "next", new Dictionary<string, string> { [ItemIds.HelpNow] = "mijn-onverzonden-tekst" });
        Assert.Equal(HttpStatusCode.SeeOther, (await candidate.PostAsync(screen)).StatusCode);

        using var coach = await Visitor.LinkAsync(p, id);
        var page = await (await coach.GetAsync($"?step={step}")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("mijn-onverzonden-tekst", page, StringComparison.Ordinal);
        var stored = (await p.Service<CheckInStore>().FindByTokenAsync(coach.Token, CancellationToken.None))!;
        Assert.Empty(stored.Draft);
        Assert.Equal(HttpStatusCode.NotFound, (await candidate.GetAsync()).StatusCode);

        // Submitting through the coach's link is recorded under the coach who made it, not only under the respondent.
        Assert.Equal(HttpStatusCode.SeeOther, (await coach.AnswerAllAsync()).StatusCode);
        var rows = await AuditWithIssuerAsync(p);
        Assert.Contains(rows, r => r.Action.StartsWith($"issue candidate link {stored.Invitation.Id}", StringComparison.Ordinal) && r.Actor.StartsWith("coach:", StringComparison.Ordinal));
        var opened = rows.Where(r => r.Actor == $"respondent:{stored.Invitation.Id}").ToList();
        Assert.Contains(opened, r => r.Action == "open questionnaire");
        Assert.Contains(opened, r => r.Action == "submit questionnaire");
        Assert.All(opened, r => Assert.StartsWith("coach:", r.LinkIssuedBy, StringComparison.Ordinal));
    }

    internal static async Task<List<(string Actor, string Action, string? CandidateId, string? LinkIssuedBy)>> AuditWithIssuerAsync(TestProgramme p)
    {
        var table = p.Service<Azure.Data.Tables.TableServiceClient>().GetTableClient(p.Service<IpsMonitor.Platform.StorageNames>().Table(AuditLog.Table));
        var rows = new List<(string, string, string?, string?)>();
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>())
            rows.Add((row.GetString("Actor"), row.GetString("Action"), row.GetString("CandidateId"), row.GetString("LinkIssuedBy")));
        return rows;
    }
}
