using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.Signals;

/// <summary>
/// Signals in storage, as the API and the candidate page show them: a row written before signals kept facts (two stored
/// sentences) and a row with facts, read in Dutch and in English.
/// </summary>
public sealed class StoredExplanationTests
{
    private const string OldNl = "De kandidaat heeft de laatste 2 check-ins niet ingevuld (sinds 5 januari 2026); "
        + "neem contact op om te horen hoe het gaat.";
    private const string OldEn = "The candidate has not answered the last 2 check-ins (since 5 January 2026); "
        + "get in touch to hear how things are going.";
    private const string NewNl = "De baan van de kandidaat is op 30 juni 2025 geëindigd; neem uiterlijk 3 juli 2025 "
        + "contact op, zodat de kandidaat er niet alleen voor staat.";
    private const string NewEn = "The candidate's job ended on 30 June 2025; get in touch by 3 July 2025, so the candidate "
        + "does not face this alone.";

    [Fact]
    public async Task ASignalStoredBeforeFactsShowsItsSentencesAndANewOneIsWrittenInTheReadersLanguage()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(p.Today.AddDays(-30));
        var table = p.Table(SignalStore.Table);
        await table.CreateIfNotExistsAsync();
        var opened = p.Clock.GetUtcNow().AddDays(-2);
        // Exactly the columns the code before facts wrote: both sentences, no Facts.
        await table.AddEntityAsync(new TableEntity(TestProgramme.Id, $"{id}|sig-old")
        {
            ["Key"] = "no_response:candidate", ["Type"] = SignalTypes.NoResponse, ["Severity"] = "Attention",
            ["RuleVersion"] = "2026.1", ["ExplanationNl"] = OldNl, ["ExplanationEn"] = OldEn,
            ["Evidence"] = """[{"invitationId":"inv-1","date":"2026-01-05","itemId":"missed","value":"candidate"}]""",
            ["OpenedAt"] = opened,
        });
        var store = p.Service<SignalStore>();
        var (_, version) = await store.LoadAsync(TestProgramme.Id, id, CancellationToken.None);
        var ended = new DateOnly(2025, 6, 30);
        var fresh = new StoredSignal("sig-new", id, "timeline_job_ended_contact:job-1", SignalTypes.TimelineJobEndedContact,
            SignalSeverity.Urgent, SignalRules.RuleVersion, new JobEndedFacts(ended, ended.AddDays(3)),
            [new Evidence(null, ended, EvidenceItems.JobEnd, "job-1")], opened, null, null, null, null);
        Assert.True(await store.TrySaveAsync(TestProgramme.Id, id, new ReconcilePlan([fresh], [], []), version, opened,
            CancellationToken.None));

        await AssertApiAsync(p, id);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var dutch = Dom.Parse(await coach.PageAsync($"candidates/{id}"));
        Assert.Contains(OldNl, dutch.GetElementById("signal-sig-old")?.Text(), StringComparison.Ordinal);
        Assert.Contains(NewNl, dutch.GetElementById("signal-sig-new")?.Text(), StringComparison.Ordinal);
        var english = Dom.Parse(await coach.PageAsync($"candidates/{id}?lang=en"));
        Assert.Contains(OldEn, english.GetElementById("signal-sig-old")?.Text(), StringComparison.Ordinal);
        Assert.Contains(NewEn, english.GetElementById("signal-sig-new")?.Text(), StringComparison.Ordinal);

        // Acknowledging rewrites the row: the old one keeps its two sentences, the new one keeps facts and no words.
        await store.AcknowledgeAsync(TestProgramme.Id, id, "sig-old", "coach-a", "Gebeld", opened.AddDays(1), CancellationToken.None);
        await store.AcknowledgeAsync(TestProgramme.Id, id, "sig-new", "coach-a", null, opened.AddDays(1), CancellationToken.None);
        TableEntity old = await table.GetEntityAsync<TableEntity>(TestProgramme.Id, $"{id}|sig-old");
        TableEntity @new = await table.GetEntityAsync<TableEntity>(TestProgramme.Id, $"{id}|sig-new");
        Assert.Equal((OldNl, OldEn, (string?)null), (old.GetString("ExplanationNl"), old.GetString("ExplanationEn"), old.GetString("Facts")));
        Assert.Equal(((string?)null, (string?)null), (@new.GetString("ExplanationNl"), @new.GetString("ExplanationEn")));
        Assert.Equal("timeline_job_ended_contact", JsonDocument.Parse(@new.GetString("Facts")).RootElement.GetProperty("type").GetString());
        await AssertApiAsync(p, id);
    }

    private static async Task AssertApiAsync(TestProgramme p, string candidateId)
    {
        var signals = await p.CoachA.GetFromJsonAsync<JsonElement[]>($"candidates/{candidateId}/signals") ?? [];
        var byId = signals.ToDictionary(s => s.GetProperty("id").GetString() ?? "");
        Assert.Equal((OldNl, OldEn), Explanations(byId["sig-old"]));
        Assert.Equal((NewNl, NewEn), Explanations(byId["sig-new"]));
    }

    private static (string?, string?) Explanations(JsonElement signal) =>
        (signal.GetProperty("explanationNl").GetString(), signal.GetProperty("explanationEn").GetString());
}
