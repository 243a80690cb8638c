namespace IpsMonitor.CheckIns;

/// <summary>
/// Changes each of a candidate's check-ins that needs it. One changed in the same moment (a draft saved, a link issued)
/// is read again and changed still: the callers stop links, and a link left working is what they must not leave.
/// </summary>
internal static class EachCheckIn
{
    public static async Task<int> ChangeAsync(CheckInStore checkIns, Candidate candidate, Func<VersionedInvitation, bool> needs,
        Func<VersionedInvitation, Task<Write>> change, CancellationToken ct)
    {
        var changed = 0;
        foreach (var found in await checkIns.ForCandidateAsync(candidate.ProgrammeId, candidate.Id, ct))
        {
            VersionedInvitation? file = found;
            for (var attempt = 0; file is not null && needs(file) && attempt < 5; attempt++)
            {
                if (await change(file) == Write.Saved)
                {
                    changed++;
                    break;
                }
                file = await checkIns.GetAsync(candidate.ProgrammeId, candidate.Id, found.Invitation.Id, ct);
            }
        }
        return changed;
    }
}
