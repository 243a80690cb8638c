namespace IpsMonitor.CheckIns;

/// <summary>Stops a candidate's open check-ins; one answered meanwhile keeps its answers.</summary>
internal static class OpenCheckIns
{
    public static Task<int> CancelAsync(CheckInStore checkIns, Candidate candidate, Func<Invitation, bool> which, CancellationToken ct) =>
        EachCheckIn.ChangeAsync(checkIns, candidate,
            file => file.Invitation.State == InvitationState.Open && which(file.Invitation),
            file => checkIns.CancelAsync(file, ct), ct);
}
