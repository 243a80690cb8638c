namespace IpsMonitor.CheckIns;

/// <summary>
/// A candidate's answered check-in link opens "Mijn ontwikkeling" too (q/{token}/development). So stopping every
/// development link, after a lost phone or at discharge, stops those links as well: their token goes, the answers stay.
/// </summary>
internal static class AnsweredCheckInLinks
{
    public static async Task<int> StopAsync(CheckInStore checkIns, Candidate candidate, CancellationToken ct)
    {
        var stopped = 0;
        foreach (var found in await checkIns.ForCandidateAsync(candidate.ProgrammeId, candidate.Id, ct))
        {
            var file = found;
            // A check-in changed in the same moment is read again: a link left working is what this must not leave.
            for (var attempt = 0; OpensDevelopment(file) && attempt < 5; attempt++)
            {
                if (await checkIns.CorrectAsync(file!, file!.Invitation, stopLink: true, ct) == Write.Saved)
                {
                    stopped++;
                    break;
                }
                file = await checkIns.GetAsync(candidate.ProgrammeId, candidate.Id, found.Invitation.Id, ct);
            }
        }
        return stopped;
    }

    private static bool OpensDevelopment(VersionedInvitation? file) =>
        file is { TokenHash: not null, Invitation: { Respondent: Respondent.Candidate, State: InvitationState.Answered } };
}
