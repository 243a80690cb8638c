using System.Reflection;
using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.Caseload;

/// <summary>
/// Every message to a supervisor reveals that IPS is involved, so consent to supervisor contact needs a disclosure that
/// allows it. The API refuses the contradiction, and data stored before the rule never leads to a supervisor check-in.
/// </summary>
public sealed class DisclosureConsentTests
{
    /// <summary>Each request type that carries a disclosure, with a body that asks for consent while disclosure is none.</summary>
    public static readonly TheoryData<string, string> Contradictions = new()
    {
        { nameof(SupervisorInput), "job start with disclosure none" },
        { nameof(SupervisorInput), "job start without a disclosure" },
        { nameof(ConsentRequest), "consent with disclosure none" },
    };

    [Theory]
    [MemberData(nameof(Contradictions))]
    public async Task TheApiRefusesSupervisorConsentWhileDisclosureIsNone(string requestType, string example)
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 1, 5));
        var jobId = await p.StartJobAsync(id, new DateOnly(2026, 6, 1), consent: false);
        var supervisor = example.Contains("without", StringComparison.Ordinal)
            ? (object)new { consent = true, name = "Chef", email = "chef@example.org" }
            : new { consent = true, name = "Chef", email = "chef@example.org", disclosure = "none" };

        var response = requestType == nameof(ConsentRequest)
            ? await p.CoachA.PutAsJsonAsync($"candidates/{id}/jobs/{jobId}/consent", new { disclosure = "none", supervisorConsent = true, supervisorEmail = "chef@example.org" })
            : await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", new
            {
                employer = "Drukkerij", jobTitle = "Inpakker", sector = "C", startDate = new DateOnly(2026, 7, 1), contractHoursPerWeek = 12,
                competitive = true, kind = "regular", supervisor,
            });

        var errors = (await ApiProblem.AssertAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        var (consentField, disclosureField) = requestType == nameof(ConsentRequest) ? ("supervisorConsent", "disclosure") : ("supervisor.consent", "supervisor.disclosure");
        foreach (var field in new[] { consentField, disclosureField })
        {
            var message = errors.GetProperty(field)[0].GetString()!;
            Assert.Contains(consentField, message, StringComparison.Ordinal);
            Assert.Contains("viaIpsOnly", message, StringComparison.Ordinal);
            Assert.DoesNotContain("IpsMonitor", message, StringComparison.Ordinal);
        }
        // Nothing was written: still one job, still without consent.
        var job = Assert.Single(await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, id, CancellationToken.None));
        Assert.False(job.Supervisor.Consent);
    }

    [Fact]
    public void EveryRequestThatCarriesADisclosureIsCoveredByTheRefusalTest()
    {
        var carriers = typeof(Disclosure).Assembly.GetTypes()
            .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == typeof(Disclosure)))
            .Where(t => t.Name.EndsWith("Request", StringComparison.Ordinal) || t.Name.EndsWith("Input", StringComparison.Ordinal))
            .Select(t => t.Name).Order();

        Assert.Equal(carriers, Contradictions.Select(row => (string)row[0]).Distinct().Order());
    }

    [Fact]
    public async Task ConsentWithADisclosureThatAllowsContactIsAccepted()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 1, 5));
        var jobId = await p.StartJobAsync(id, new DateOnly(2026, 6, 1), consent: false);

        var response = await p.CoachA.PutAsJsonAsync($"candidates/{id}/jobs/{jobId}/consent", new { disclosure = "viaIpsOnly", supervisorConsent = true });
        var withdrawn = await p.CoachA.PutAsJsonAsync($"candidates/{id}/jobs/{jobId}/consent", new { disclosure = "none", supervisorConsent = false });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
    }

    [Fact]
    public async Task ASupervisorInvitationIsRefusedWhileDisclosureIsNoneEvenForDataStoredEarlier()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolInRecentJobAsync(consent: true);
        using var supervisor = await Visitor.LinkAsync(p, id, "supervisor");
        // A job stored before the rule existed: consent given, disclosure none.
        var caseload = p.Service<CaseloadStore>();
        var (job, version) = (await caseload.JobWithVersionAsync(TestProgramme.Id, id, jobId, CancellationToken.None))!.Value;
        await caseload.ReplaceJobAsync(TestProgramme.Id, job with { Disclosure = Disclosure.None }, version, CancellationToken.None);

        var run = await p.Service<ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        var refused = await p.CoachA.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent = "supervisor", sendByEmail = true });
        var page = await supervisor.GetAsync();

        Assert.Equal(1, run.Created);
        var stored = await p.Service<CheckInStore>().ForCandidateAsync(TestProgramme.Id, id, CancellationToken.None);
        Assert.Single(stored, f => f.Invitation.Respondent == Respondent.Supervisor);
        Assert.Single(stored, f => f.Invitation.Respondent == Respondent.Candidate);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("respondent")[0].GetString()!;
        Assert.Contains("disclosure", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
    }
}
