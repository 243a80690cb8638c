namespace IpsMonitor.Workbooks;

/// <summary>A stored job whose kind and competitive flag contradicted each other, and what it counts as now.</summary>
internal sealed record CorrectedJob(string CandidateId, string JobId, PlacementKind RecordedKind, bool RecordedCompetitive, PlacementKind CountedKind);

/// <summary>
/// Competitive as fidelity item 11 means it (open to anyone, at least minimum wage, not reserved for people with a
/// disability), decided by the kind: a regular job is, a werkervaringsplek, proefplaatsing or "other" placement never is,
/// and a doelgroepbaan is when the programme says so (<see cref="OutcomeOptions.DoelgroepbaanCompetitive"/>). New input
/// cannot contradict this (JobValidation refuses it); rows stored before the rule are corrected here, at every read, the
/// same way, so the correction is idempotent and listed for the team. A "regular" job recorded as not competitive counts
/// as "other": the coach said it is not open to anyone at minimum wage, and a funder's figure must not grow by a guess.
/// </summary>
internal static class CompetitiveCorrection
{
    public static ProgrammeData Apply(ProgrammeData data, OutcomePolicy policy, out IReadOnlyList<CorrectedJob> corrected)
    {
        var list = new List<CorrectedJob>();
        var jobs = new List<Job>(data.Jobs.Count);
        foreach (var job in data.Jobs)
        {
            var kind = job.Kind == PlacementKind.Regular && !job.Competitive ? PlacementKind.Other : job.Kind;
            var competitive = policy.IsCompetitive(kind);
            if (kind != job.Kind || (job.Competitive && !competitive && kind != PlacementKind.Doelgroepbaan))
                list.Add(new CorrectedJob(job.CandidateId, job.Id, job.Kind, job.Competitive, kind));
            jobs.Add(kind == job.Kind && competitive == job.Competitive ? job : job with { Kind = kind, Competitive = competitive });
        }
        corrected = [.. list.OrderBy(c => c.CandidateId, StringComparer.Ordinal).ThenBy(c => c.JobId, StringComparer.Ordinal)];
        return data with { Jobs = jobs };
    }
}
