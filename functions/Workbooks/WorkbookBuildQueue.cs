using IpsMonitor.Access;
using IpsMonitor.Platform;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Asks for a rebuild of a quarter's workbooks: checks the quarter, reuses a request still pending, or stores a new one
/// and puts its message on workbook-requests. The API route and the workbooks page both come through here, so they
/// accept the same quarters and never queue two builds of one quarter at once.
/// </summary>
internal sealed class WorkbookBuildQueue(WorkbookRequests requests, MessageQueue queue, TimeProvider time)
{
    public static readonly Quarter Earliest = new(2000, 1);

    /// <summary>A problem naming the field "quarter" when it is in the future or before <see cref="Earliest"/>; else null.</summary>
    public IResult? RefuseQuarter(Quarter quarter)
    {
        var current = Quarter.FromInstant(time.GetUtcNow(), Quarter.Amsterdam);
        return quarter.CompareTo(Earliest) < 0 || quarter.CompareTo(current) > 0
            ? WorkbookRoute.Invalid("quarter", $"Only a past quarter or the current one ({current}) can be built, from {Earliest} on.")
            : null;
    }

    /// <summary>The pending or new request, or a problem (naming "quarter" or "externCorrection") when it cannot be asked for.</summary>
    public async Task<(BuildRequest? Build, IResult? Refusal)> RequestAsync(Staff staff, Quarter quarter, bool externCorrection, CancellationToken ct)
    {
        if (RefuseQuarter(quarter) is { } refused)
            return (null, refused);
        if (externCorrection && !QuarterlyWorkbookBuild.IsClosed(quarter, time.GetUtcNow()))
            return (null, WorkbookRoute.Invalid("externCorrection", $"{quarter} has not closed yet, so it has no external workbook to correct."));

        if (await requests.PendingAsync(staff.ProgrammeId, quarter, externCorrection, ct) is { } pending)
            return (pending, null);
        var build = await requests.CreateAsync(staff.ProgrammeId, quarter, AuditLog.Actor(staff), ct, externCorrection);
        try
        {
            await queue.SendAsync(QueueNames.WorkbookRequests, new WorkbookRequest(staff.ProgrammeId, quarter.ToString(), build.RequestId), ct);
        }
        catch
        {
            // Without its message the request would wait forever and hold back every new one.
            await requests.SaveAsync(build with { State = BuildRequestState.Failed, Failure = BuildFailure.NotQueued }, CancellationToken.None);
            throw;
        }
        return (build, null);
    }
}
