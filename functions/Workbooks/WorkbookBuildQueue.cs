namespace IpsMonitor.Workbooks;


/// <summary>
/// Asking for a workbook build, for the API and the staff pages alike, so both keep the same bounds:
/// only quarters from the programme's first referral (or the last closed quarter, which the quarterly run builds anyway)
/// up to the current one; a request like one still pending gets that one back; and at most
/// <see cref="WorkbookOptions.MaxPendingBuilds"/> builds wait or run per programme at once.
/// </summary>
internal sealed class WorkbookBuildQueue(WorkbookBuildStore requests, CaseloadStore caseload, MessageQueue queue,
    TimeProvider time, IOptions<WorkbookOptions> options)
{
    /// <summary>No programme's figures go back further than this, whatever its stored referral dates say.</summary>
    public static readonly Quarter Earliest = new(2000, 1);

    public const string TooManyTitle = "Too many workbook builds waiting";

    /// <summary>The pending or new request, or why none was queued. Throws only when storage fails.</summary>
    public async Task<Outcome<BuildRequest>> RequestAsync(
        string programmeId, Quarter quarter, bool externCorrection, string requestedBy, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var current = Quarter.FromInstant(now, Quarter.Amsterdam);
        var earliest = await EarliestAsync(programmeId, current, ct);
        if (quarter.CompareTo(earliest) < 0 || quarter.CompareTo(current) > 0)
            return new Invalid("quarter",
                $"Only quarters from {earliest} (the programme's first referral) up to the current one ({current}) can be built.");
        if (externCorrection && !WorkbookBuilder.IsClosed(quarter, now))
            return new Invalid("externCorrection", $"{quarter} has not closed yet, so it has no external workbook to correct.");

        if (await requests.PendingAsync(programmeId, quarter, externCorrection, ct) is { } pending)
            return new Saved<BuildRequest>(pending);
        var waiting = await requests.PendingCountAsync(programmeId, ct);
        var max = options.Value.MaxPendingBuilds;
        if (waiting >= max)
            return new Refused(RefusalKind.TooMany, TooManyTitle,
                $"{waiting} workbook builds are already waiting or running for this programme; at most {max} can "
                    + "wait at once. Ask again when one has finished.");

        // Claimed, not just created: a request sent at the same moment gets this one back instead of a second build.
        var (build, created) = await requests.ClaimAsync(programmeId, quarter, requestedBy, externCorrection, ct);
        if (!created)
            return new Saved<BuildRequest>(build);
        try
        {
            await queue.SendAsync(QueueNames.WorkbookRequests, new WorkbookBuildMessage(programmeId, quarter.ToString(), build.RequestId), ct);
        }
        catch
        {
            // Without its message the request would wait forever and hold back every new one.
            await requests.SaveAsync(build with { State = BuildRequestState.Failed, Failure = BuildFailure.NotQueued }, CancellationToken.None);
            throw;
        }
        return new Saved<BuildRequest>(build);
    }

    /// <summary>The quarter of the programme's first referral, or the last closed quarter when that is earlier (or nobody was referred).</summary>
    private async Task<Quarter> EarliestAsync(string programmeId, Quarter current, CancellationToken ct)
    {
        DateOnly? first = null;
        await foreach (var file in caseload.ListAsync(programmeId, ct))
            foreach (var referral in file.Candidate.Referrals)
                if (first is null || referral.ReferralDate < first)
                    first = referral.ReferralDate;
        var lastClosed = current.Previous;
        var referred = first is { } day ? Quarter.Containing(day) : lastClosed;
        var earliest = referred.CompareTo(lastClosed) < 0 ? referred : lastClosed;
        return earliest.CompareTo(Earliest) < 0 ? Earliest : earliest;
    }
}
