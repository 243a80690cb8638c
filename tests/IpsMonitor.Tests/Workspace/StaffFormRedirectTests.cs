using IpsMonitor.Tests.Hostile;
using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// Post/redirect/get for every staff form of functions.metadata: a valid post answers 303, and reloading the page it
/// leads to (twice) stores nothing: no row, blob or queue message changes between the reloads. A form added later fails
/// here until it has a valid body below.
/// </summary>
public sealed class StaffFormRedirectTests
{
    /// <summary>
    /// A valid body per form, in the order they are sent (the destructive ones last: they end what the others need).
    /// "{x}" is a value of the route world.
    /// </summary>
    internal static readonly (string Function, Dictionary<string, string> Body)[] Valid =
    [
        ("UpdateJobForm", new() { ["contractHoursPerWeek"] = "20" }),
        ("RecordConsentForm", new() { ["disclosure"] = "Full", ["supervisorConsent"] = "true", ["supervisorName"] = "Mevrouw Jansen" }),
        ("RecordJobStartForm", new()
        {
            ["employer"] = "Fietsenmaker", ["jobTitle"] = "Monteur", ["sector"] = "G", ["startDate"] = "2026-07-01",
            ["contractHoursPerWeek"] = "12", ["competitive"] = "true", ["kind"] = "Regular",
        }),
        ("AddAdjustmentForm", new()
        {
            ["adjustments[0].kind"] = "QuietWorkplace", ["adjustments[0].startDate"] = "2026-07-01",
            ["adjustments[0].reviewDate"] = "2027-01-15",
        }),
        ("DecideAdjustmentForm", new() { ["decision"] = "Extend", ["newReviewDate"] = "2027-02-01", ["effect"] = "Helpt" }),
        ("RecordDriegesprekForm", new()
        {
            ["talkDate"] = "2026-11-20", ["participants"] = "Candidate", ["agreements[0].text"] = "Rooster maken",
            ["agreements[0].owner"] = "Supervisor", ["agreements[0].dueDate"] = "2027-01-15", ["nextDate"] = "2027-03-01",
        }),
        ("CompleteAgreementForm", new() { ["doneOn"] = "2026-11-25" }),
        ("ShareDriegesprekSummaryForm", new() { ["candidateAgreed"] = "true" }),
        ("RecordEducationStartForm", new() { ["kind"] = "Regular", ["startDate"] = "2026-09-01", ["isGoal"] = "false" }),
        ("RecordEducationEndForm", new() { ["endDate"] = "2026-11-01" }),
        ("RecordObservationForm", new() { ["observedOn"] = "2026-11-01", ["workAbility"] = "6", ["fit"] = "4", ["taskGrowth"] = "true" }),
        ("RecordContactForm", new() { ["contactedOn"] = "2026-11-01", ["with"] = "Candidate", ["means"] = "Phone", ["topics"] = "WorkAndTasks" }),
        ("SetCadenceForm", new() { ["onboardingWeeks"] = "2", ["regularWeeks"] = "4", ["lookingWeeks"] = "3" }),
        ("CorrectCandidateForm", new() { ["referralDate"] = "2026-03-01", ["employedAtReferral"] = "false", ["language"] = "nl" }),
        ("CorrectInvitationForm", new() { ["invitationId"] = "{invitationId}", ["respondent"] = "Candidate" }),
        ("EnrolCandidateForm", new()
        {
            ["referralDate"] = "2026-11-20", ["employedAtReferral"] = "false", ["coachId"] = "coach-a", ["localReference"] = "R-77",
            ["language"] = "nl",
        }),
        ("IssueDevelopmentLinkForm", []),
        ("IssueLinkForm", new() { ["respondent"] = "Candidate" }),
        ("MarkTalkPointDiscussed", []),
        ("MarkFitReviewed", []),
        ("SaveCoachForm", new() { ["coachId"] = "coach-c", ["fte"] = "1", ["model"] = "IpsA", ["name"] = "Carla Peeters", ["phone"] = "06 1111 2222" }),
        ("CreateStaffKeyForm", new() { ["label"] = "Laptop", ["role"] = "Coach", ["coachId"] = "coach-c" }),
        ("ReassignCandidatesForm", new() { ["fromCoachId"] = "coach-a", ["toCoachId"] = "coach-c", ["candidateIds"] = "{candidateId}" }),
        ("RecordFidelityReviewForm", FidelityReview()),
        ("WithdrawConsentForm", []),
        ("RevokeDevelopmentLinksForm", []),
        ("RecordJobEndForm", new() { ["endDate"] = "2026-11-01", ["reason"] = "ContractEnded" }),
        ("RecordDischargeForm", new() { ["dischargeDate"] = "2026-11-02", ["reason"] = "GoalReached" }),
        ("ReferAgainForm", new() { ["referralDate"] = "2026-11-20", ["employedAtReferral"] = "false" }),
        ("RevokeStaffKeyForm", []),
        ("DeactivateCoachForm", []),
        ("EraseCandidateForm", new() { ["confirmation"] = "{candidateId}" }),
        // Last but sign-out: the build goes on in the background and writes while later pages are read.
        ("RequestWorkbookBuildForm", []),
        ("StaffSignOut", []),
    ];

    /// <summary>Forms this test does not send, and why.</summary>
    private static readonly Dictionary<string, string> Elsewhere = new()
    {
        ["StaffSignIn"] = "needs no session and answers 303 with one: StaffAccessTests",
        ["AcknowledgeSignalForm"] = "needs an open signal, which this world has none of: CoachWorkspaceBrowserTests",
        ["MailDriegesprekSummaryForm"] = "needs a mail server, which this world has none of: DriegesprekSummaryTests",
    };

    internal static Dictionary<string, string> FidelityReview()
    {
        var body = new Dictionary<string, string> { ["date"] = "2026-11-15", ["reviewers"] = "Team B" };
        foreach (var code in IpsMonitor.Fidelity.FidelityScale.Codes)
            body["score-" + code] = "4";
        return body;
    }

    [Fact]
    public async Task EveryStaffFormAnswersASuccessWithARedirectAndReloadingWhereItLeadsStoresNothing()
    {
        await using var world = await RouteWorld.StartAsync();
        var forms = HttpRoute.All.Where(r => r.IsPage && r.Method == "POST").ToList();
        var missing = forms.Where(f => !Valid.Any(v => v.Function == f.Name) && !Elsewhere.ContainsKey(f.Name)).ToList();
        Assert.True(missing.Count == 0, "give these forms a valid body: " + string.Join(", ", missing.Select(m => m.Name)));
        var faults = new List<string>();

        foreach (var (function, body) in Valid)
        {
            var route = forms.Single(f => f.Name == function);
            var fields = body.ToDictionary(b => b.Key, b => b.Value is ['{', .. var name, '}'] ? world.Values[name] : b.Value);
            var answer = await world.SendAsync(route, world.PathOf(route), new FormUrlEncodedContent(fields));
            if (answer.StatusCode != HttpStatusCode.SeeOther || answer.Headers.Location is not { } location)
            {
                faults.Add($"{function}: {(int)answer.StatusCode} {(await answer.Content.ReadAsStringAsync())[..200]}");
                continue;
            }
            // Sign-out ends the session; a workbook build goes on in the background, so its page changes on its own.
            if (function is "StaffSignOut" or "RequestWorkbookBuildForm")
                continue;
            var next = location.OriginalString.Split('#')[0];
            next = next[(next.IndexOf("/staff/", StringComparison.Ordinal) + "/staff/".Length)..];
            Assert.Equal(HttpStatusCode.OK, (await world.Staff.GetAsync(next)).StatusCode);
            var (afterFirst, countedFirst) = (await world.StoredAsync(), await CountAsync(world));
            Assert.Equal(HttpStatusCode.OK, (await world.Staff.GetAsync(next)).StatusCode);
            if (!afterFirst.SetEquals(await world.StoredAsync()))
                faults.Add($"{function}: reloading {next} stored something");
            if (await CountAsync(world) is var counted && counted != countedFirst)
                faults.Add($"{function}: reloading {next} changed {countedFirst} into {counted}");
        }
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    /// <summary>
    /// What <see cref="RouteWorld.StoredAsync"/> leaves out because it changes on every request, counted: keys (a reload
    /// must issue no second one) and results kept to be shown once (a reload must keep nothing new).
    /// </summary>
    internal static async Task<string> CountAsync(RouteWorld world)
    {
        var names = world.P.Service<StorageNames>();
        var tables = world.P.Service<TableServiceClient>();
        var keys = 0;
        await foreach (var _ in tables.GetTableClient(names.Table(AccessStore.KeysTable)).QueryAsync<TableEntity>(select: ["RowKey"]))
            keys++;
        var shownOnce = 0;
        await foreach (var row in tables.GetTableClient(names.Table(StaffSessionStore.Table)).QueryAsync<TableEntity>(select: ["RowKey"]))
            shownOnce += row.RowKey.StartsWith("reveal-", StringComparison.Ordinal) ? 1 : 0;
        return $"{keys} keys, {shownOnce} results to show once";
    }
}
