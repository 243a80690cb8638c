namespace IpsMonitor.Caseload;

/// <summary>
/// Records a driegesprek about a running job. Its decisions on adjustments go through <see cref="DecideAdjustment"/>, so
/// each lands in the adjustment's own history as any decision does. The talk and those decisions are one write of the
/// job row: a fault leaves either all of it stored or none. The same talk sent again adds nothing.
/// </summary>
internal sealed class RecordDriegesprek(DecideAdjustment decide, CaseloadChanges changes, TimeProvider time)
{
    public async Task<Outcome<JobDto>> RecordAsync(JobAdmission admission, DriegesprekRequest r, CancellationToken ct)
    {
        var (job, today) = (admission.Job, time.Today());
        if (AdjustmentValidation.NotRunning(admission, job, today) is { } refused)
            return refused;
        var errors = Rules(admission, r);
        if (errors.Count > 0 || r is not { TalkDate: { } date, NextDate: { } next })
            return Invalid.Of(errors);

        var updated = job;
        var decisions = new List<TalkDecision>();
        var sent = r.Decisions ?? [];
        for (var i = 0; i < sent.Count; i++)
        {
            if (sent[i] is not { AdjustmentId: { } id, Decision: { } kind, Effect: { } effect } d)
                continue;
            if (decide.Decided(admission, updated, id, new AdjustmentDecisionRequest(kind, effect, d.NewReviewDate, date), out var decided) is { } failure)
                return failure is Invalid invalid ? Invalid.Of(invalid.Errors.ToDictionary(e => $"decisions[{i}].{e.Key}", e => e.Value)) : failure;
            updated = decided ?? updated;
            decisions.Add(new TalkDecision(id, kind, effect.Trim(), d.NewReviewDate));
        }

        var agreementCount = job.Driegesprekken.Sum(t => t.Agreements.Count);
        // Validation has refused a half-filled agreement, so a row that is not whole here is an empty one, left out.
        var agreements = new List<Agreement>();
        foreach (var a in r.Agreements ?? [])
            if (a is { Text: { } text, Owner: { } owner, DueDate: { } due } && !a.IsEmpty)
                agreements.Add(new Agreement($"g{agreementCount + agreements.Count + 1}", text.Trim(), owner, due));
        var talk = new Driegesprek($"t{job.Driegesprekken.Count + 1}", date, (r.Participants ?? []).Distinct().Order().ToList(),
            agreements, decisions, Trimmed(r.NewTasks), Trimmed(r.TasksTakenAway),
            r is { HoursFrom: { } from, HoursTo: { } to, HoursBy: { } by } ? new HoursPlan(from, to, by) : null,
            Trimmed(r.DevelopmentGoals), next, admission.Staff.CoachId);
        if (job.LastDriegesprek is { } last && SameTalk(last, talk))
            return Outcome.Saved(job.AsDto());

        updated = updated with { Driegesprekken = [.. job.Driegesprekken, talk] };
        if (await changes.SaveJobAsync(admission, updated, "driegesprek recorded", ct) is Write.Conflict)
            return Conflict.Meanwhile;
        return Outcome.Created($"candidates/{admission.File.Candidate.Id}/jobs/{job.Id}", updated.AsDto());
    }

    /// <summary>The rules of a driegesprek record, reading nothing and writing nothing.</summary>
    public Dictionary<string, ErrorCode[]> Rules(JobAdmission admission, DriegesprekRequest r) =>
        DriegesprekValidation.Validate(r, admission.Job, time.Today());

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A talk sent twice: the same content but for the ids the second one would get.</summary>
    private static bool SameTalk(Driegesprek last, Driegesprek talk)
    {
        static string Content(Driegesprek t) => Json.Write(t with
        {
            Id = "",
            Agreements = [.. t.Agreements.Select(a => a with { Id = "", DoneOn = null })],
            Sharing = null,
        });
        return Content(last) == Content(talk);
    }
}
