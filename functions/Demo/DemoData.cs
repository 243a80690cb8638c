namespace IpsMonitor.Demo;

/// <summary>
/// A demo programme with a few candidates in different stages, and working links to try the questionnaires. With mail on
/// (locally: the run command's MailDev inbox) the links are also mailed, so the inbox shows what a respondent gets.
/// </summary>
internal static class DemoData
{
    public const string Programme = "demo";

    /// <summary>How long the demo's keys work: long enough to try things, short enough not to linger.</summary>
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(7);

    public static async Task SeedAsync(IServiceProvider services, Uri baseAddress, TextWriter output)
    {
        // The demo mints coordinator keys and fictitious people: never into storage that could hold a real programme.
        if (!Storage.IsEmulator(services.GetRequiredService<IConfiguration>()))
            throw new InvalidOperationException("--demo runs only against the local storage emulator (Azurite), never against real storage.");
        var ct = CancellationToken.None;
        var access = services.GetRequiredService<AccessStore>();
        var caseload = services.GetRequiredService<CaseloadStore>();
        var invitations = services.GetRequiredService<Invitations>();
        var today = services.GetRequiredService<TimeProvider>().Today();

        await access.EnsureProgrammeAsync(Programme, "IPS demo team", ct);
        // Coaches as people, as the team page requires them: a name and a phone for the candidate's urgent-help box, and an
        // e-mail address, which the supervisor's questionnaire shows beside the phone.
        // 0612345678 and 0687654321 are fictitious numbers, as the names are.
        await access.SaveCoachAsync(new Coach("coach-a", Programme, 1m)
            { Name = "Anna de Vries", Phone = "06 1234 5678", Email = "anna.devries@example.org" }, ct);
        await access.SaveCoachAsync(new Coach("coach-b", Programme, 0.8m)
            { Name = "Bram Jansen", Phone = "06 8765 4321", Email = "bram.jansen@example.org" }, ct);
        var keysExpire = today.AddDays(KeyLifetime.Days);
        var coordinatorKey = await access.CreateKeyAsync(Programme, StaffRole.Coordinator, null, "demo coordinator", ct, keysExpire);
        var coachKey = await access.CreateKeyAsync(Programme, StaffRole.Coach, "coach-a", "demo coach", ct, keysExpire);

        var looking = await EnrolAsync(caseload, "coach-a", today.AddMonths(-2), "demo-looking", ct);
        var working = await EnrolAsync(caseload, "coach-a", today.AddMonths(-8), "demo-working", ct);
        await EnrolAsync(caseload, "coach-b", today.AddMonths(-14), "demo-long", ct);
        // example.org is reserved for examples: these addresses exist only in the local inbox.
        var job = new Job("j-demo", working.Id, "Bakkerij De Korenaar", "Medewerker productie", "C", today.AddMonths(-2), 16, true,
            PlacementKind.Regular, false, null, null, null, null, null,
            [
                new Adjustment(AdjustmentKind.ExtraBreaks, null, today.AddMonths(-2), today.AddMonths(1), AdjustmentStatus.Active),
                new Adjustment(AdjustmentKind.StepwiseBuildUp, "van 12 naar 16 uur in twee maanden", today.AddMonths(-2), today.AddMonths(1),
                    AdjustmentStatus.Active),
            ],
            Disclosure.SupervisorOnly,
            new SupervisorContact(true, services.GetRequiredService<TimeProvider>().GetUtcNow(), "Werkbegeleider demo", "werkbegeleider@example.org"));
        await caseload.SaveJobAsync(Programme, job, ct);
        await services.GetRequiredService<CaseloadSummaries>().RefreshAsync(Programme, working.Id, ct);

        await output.WriteLineAsync($"Demo programme '{Programme}'. Coordinator key: {coordinatorKey}");
        await output.WriteLineAsync($"Coach key (coach-a): {coachKey}");
        await output.WriteLineAsync($"Staff pages: sign in with a key at {baseAddress}staff/sign-in");
        await output.WriteLineAsync($"Try: curl -H \"Authorization: Bearer {coordinatorKey}\" {baseAddress}programmes/{Programme}/candidates");
        var demoLinks = new[]
        {
            (looking, Respondent.Candidate, (string?)null), (working, Respondent.Candidate, job.Id), (working, Respondent.Supervisor, job.Id),
        };
        // The supervisor's link only while the demo job runs with consent, as on every other path.
        foreach (var (candidate, respondent, jobId) in demoLinks.Where(d => d.Item2 == Respondent.Candidate || job.SupervisorMayBeAskedOn(today)))
        {
            // The daily check-in may be open already (the timer ran, or the demo was seeded before): hand over that one.
            var file = await invitations.OpenOrNewAsync(Programme, candidate.Id, respondent, jobId, "demo", ct);
            // Printed and mailed against the address the host really listens on, whatever port it was given.
            var token = (await invitations.IssueLinkAsync(file!, Access.AuditLog.System, ct)).Split('/')[^1];
            var link = new Uri(baseAddress, "q/" + token).ToString();
            var mailed = await caseload.GetAsync(Programme, candidate.Id, ct) is { } onFile
                && await invitations.MailLinkAsync(link, file!, onFile, job, ct);
            await output.WriteLineAsync($"{respondent} check-in for {candidate.Id}: {link}{(mailed ? " (also in the mail inbox)" : "")}");
        }
    }

    private static async Task<Candidate> EnrolAsync(CaseloadStore caseload, string coach, DateOnly referral, string reference, CancellationToken ct)
    {
        if (await caseload.FindByLocalReferenceAsync(Programme, reference, ct) is { } existing)
            return existing;
        var candidate = new Candidate(CaseloadStore.NewCandidateId(), Programme, coach, reference, "nl", [new Referral(referral, false, null, null)]);
        while (!await caseload.EnrolAsync(candidate, reference + "@example.org", ct))
            candidate = candidate with { Id = CaseloadStore.NewCandidateId() };
        return candidate;
    }
}
