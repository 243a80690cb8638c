namespace IpsMonitor.Workbooks;

/// <summary>Per coach, the candidates on the caseload at quarter end and how many of them were in competitive work then.</summary>
internal static class CoachCaseload
{
    public static IReadOnlyList<CoachFigures> Compute(ProgrammeData data, CaseloadIndex index, Quarter quarter, CaseloadNorms norms)
    {
        var counts = new SortedDictionary<string, (decimal? Fte, int Caseload, int InWork)>(StringComparer.Ordinal);
        var models = new Dictionary<string, CoachModel>(StringComparer.Ordinal);
        foreach (var coach in data.Coaches)
            if (coach.ProgrammeId == data.ProgrammeId)
            {
                counts[coach.Id] = (coach.Fte, 0, 0);
                models[coach.Id] = coach.Model;
            }

        foreach (var candidate in index.Ordered)
        {
            if (!OutcomeRules.IsActiveOn(candidate, quarter.End))
                continue;
            // A candidate whose coach is not on file still counts, under that code, so caseloads add up to the programme's.
            var (fte, caseload, inWork) = counts.GetValueOrDefault(candidate.CoachId, (null, 0, 0));
            var working = index.JobsOf(candidate.Id).Any(j => OutcomeRules.IsCountingCompetitive(j) && j.IsOpenOn(quarter.End));
            counts[candidate.CoachId] = (fte, caseload + 1, inWork + (working ? 1 : 0));
        }

        // A deactivated coach with no caseload at quarter end has left the team: their fte would lower every coach's
        // caseload per full-time coach (fidelity item 1) for people who no longer work there.
        var inactive = data.Coaches.Where(c => !c.Active).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return [.. counts.Where(c => c.Value.Caseload > 0 || !inactive.Contains(c.Key)).Select(c =>
        {
            var model = models.GetValueOrDefault(c.Key, CoachModel.IpsA);
            return new CoachFigures(c.Key, c.Value.Fte, c.Value.Caseload, c.Value.InWork)
            {
                Model = model,
                NormPerFullTimeCoach = norms.For(model),
            };
        })];
    }
}
