namespace IpsMonitor.CheckIns;

/// <summary>Stops a candidate's open check-ins; one answered meanwhile keeps its answers.</summary>
internal static class OpenCheckIns
{
    /// <summary>Then the candidate's summary is refreshed, as the worklists show their check-ins from it.</summary>
    public static async Task<int> CancelAsync(CheckInStore checkIns, CaseloadSummaries summaries, Candidate candidate,
        Func<Invitation, bool> which, CancellationToken ct)
    {
        var cancelled = await EachCheckIn.ChangeAsync(checkIns, candidate,
            file => file.Invitation.State == InvitationState.Open && which(file.Invitation),
            file => checkIns.CancelAsync(file, ct), ct);
        if (cancelled > 0)
            await summaries.RefreshAsync(candidate.ProgrammeId, candidate.Id, ct);
        return cancelled;
    }
}
