namespace IpsMonitor.CheckIns;

/// <summary>
/// A candidate's answered check-in link opens "Mijn ontwikkeling" too (q/{token}/development). So stopping every
/// development link, after a lost phone or at discharge, stops those links as well: their token goes, the answers stay.
/// </summary>
internal static class AnsweredCheckInLinks
{
    public static Task<int> StopAsync(CheckInStore checkIns, Candidate candidate, CancellationToken ct) =>
        EachCheckIn.ChangeAsync(checkIns, candidate,
            file => file is { TokenHash: not null, Invitation: { Respondent: Respondent.Candidate, State: InvitationState.Answered } },
            file => checkIns.CorrectAsync(file, file.Invitation, stopLink: true, ct), ct);
}
