namespace IpsMonitor.Workbooks;

/// <summary>Response rates and mean scale scores for a quarter and the one before, in one pass over the invitations.</summary>
internal static class QuestionnaireMetrics
{
    private const int Current = 0;
    private const int Previous = 1;

    public static (IReadOnlyList<ResponseFigures> Responses, IReadOnlyList<ScaleFigures> Scales, IReadOnlyList<SharedDimension> Shared)
        Compute(ProgrammeData data, CaseloadIndex index, Quarter quarter, TimeZoneInfo zone)
    {
        var respondents = Enum.GetValues<Respondent>();
        var sent = new int[2, respondents.Length];
        var answered = new int[2, respondents.Length];
        // Summed as decimal so the mean does not depend on the order the store returned the answers in.
        var sums = new decimal[2, ScaleItems.All.Count];
        var counts = new int[2, ScaleItems.All.Count];

        foreach (var invitation in data.Invitations)
        {
            if (invitation.ClosedAt is not { } closedAt || !index.Contains(invitation.CandidateId))
                continue;
            var closed = Quarter.FromInstant(closedAt, zone);
            var slot = closed == quarter ? Current : closed == quarter.Previous ? Previous : -1;
            if (slot < 0)
                continue;
            var respondent = (int)invitation.Respondent;
            sent[slot, respondent]++;
            if (invitation.State != InvitationState.Answered)
                continue;
            answered[slot, respondent]++;
            for (var i = 0; i < ScaleItems.All.Count; i++)
            {
                var item = ScaleItems.All[i];
                if (item.Respondent == invitation.Respondent
                    && invitation.Answers.TryGetValue(item.ItemId, out var answer) && answer.Number is { } number)
                {
                    sums[slot, i] += number;
                    counts[slot, i]++;
                }
            }
        }

        var responses = respondents
            .Select(r => new ResponseFigures(
                r,
                new Ratio(answered[Current, (int)r], sent[Current, (int)r]),
                new Ratio(answered[Previous, (int)r], sent[Previous, (int)r])))
            .ToList();
        var scales = ScaleItems.All
            .Select((item, i) => new ScaleFigures(
                item.ItemId,
                item.Respondent,
                Average.Of(sums[Current, i], counts[Current, i]),
                Average.Of(sums[Previous, i], counts[Previous, i])))
            .ToList();
        var shared = ScaleItems.Shared
            .Select(d => new SharedDimension(
                d.Name, scales.First(s => s.ItemId == d.CandidateItem), scales.First(s => s.ItemId == d.SupervisorItem)))
            .ToList();
        return (responses, scales, shared);
    }
}
