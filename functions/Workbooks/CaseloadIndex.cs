namespace IpsMonitor.Workbooks;

/// <summary>
/// The programme's candidates with their jobs, keyed by candidate id, built in one pass so every metric can look up
/// instead of scanning. Holds references to the caller's records; nothing is copied.
/// </summary>
internal sealed class CaseloadIndex
{
    private static readonly List<Job> NoJobs = [];
    private readonly Dictionary<string, Candidate> candidates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Job>> jobs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> firstReferral = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Job> firstJob = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CoachModel> models = new(StringComparer.Ordinal);

    public CaseloadIndex(ProgrammeData data)
    {
        foreach (var candidate in data.Candidates)
        {
            if (candidate.ProgrammeId != data.ProgrammeId || candidate.Referrals.Count == 0)
                continue;
            candidates[candidate.Id] = candidate;
            firstReferral[candidate.Id] = candidate.Referrals.Min(r => r.ReferralDate);
        }

        foreach (var job in data.Jobs)
        {
            if (!firstReferral.TryGetValue(job.CandidateId, out var referred))
                continue;
            if (!jobs.TryGetValue(job.CandidateId, out var list))
                jobs[job.CandidateId] = list = [];
            list.Add(job);
            if (OutcomeRules.IsCountingCompetitive(job) && OutcomeRules.IsStart(job, referred)
                && (!firstJob.TryGetValue(job.CandidateId, out var first) || Earlier(job, first)))
                firstJob[job.CandidateId] = job;
        }

        foreach (var coach in data.Coaches)
            models[coach.Id] = coach.Model;

        // Sorted once so every sheet lists candidates in the same order, whatever order the store returned them in.
        Ordered = [.. candidates.Values.OrderBy(c => c.Id, StringComparer.Ordinal)];
    }

    public IReadOnlyList<Candidate> Ordered { get; }

    public bool Contains(string candidateId) => candidates.ContainsKey(candidateId);

    public IReadOnlyList<Job> JobsOf(string candidateId) => jobs.TryGetValue(candidateId, out var list) ? list : NoJobs;

    public DateOnly FirstReferralOf(string candidateId) => firstReferral[candidateId];

    /// <summary>The model of the candidate's coach; a coach the programme does not list counts as IPS-A, as rows before models do.</summary>
    public CoachModel ModelOf(string coachId) => models.GetValueOrDefault(coachId, CoachModel.IpsA);

    /// <summary>The candidate's first competitive job start ever, if any: earliest start date, then lowest job id.</summary>
    public Job? FirstJobOf(string candidateId) => firstJob.GetValueOrDefault(candidateId);

    /// <summary>Days from the referral the first job started under to its start.</summary>
    public int? DaysToFirstJob(Candidate candidate) =>
        FirstJobOf(candidate.Id) is { } job && OutcomeRules.ReferralBefore(candidate, job.StartDate) is { } referral
            ? job.StartDate.DayNumber - referral.ReferralDate.DayNumber
            : null;

    private static bool Earlier(Job job, Job than) =>
        job.StartDate < than.StartDate || (job.StartDate == than.StartDate && string.CompareOrdinal(job.Id, than.Id) < 0);
}
