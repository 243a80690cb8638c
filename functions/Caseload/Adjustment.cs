namespace IpsMonitor.Caseload;

public enum AdjustmentKind
{
    FewerHours,
    LaterHours,
    ExtraBreaks,
    ClearSingleTasks,
    MoreTimePerTask,
    FixedContactPerson,
    QuietWorkplace,
    JobCarving,
    StepwiseBuildUp,
    Other,
}

/// <summary>
/// Where an adjustment stands: under review (active, or extended to a later review date), kept for good, or reversed.
/// Kept comes last so the stored names of the first three never change meaning.
/// </summary>
public enum AdjustmentStatus
{
    Active,
    Extended,
    Reversed,
    Kept,
}

/// <summary>What a review decides about an adjustment: keep it for good, extend it to a new review date, or reverse it.</summary>
public enum AdjustmentDecisionKind
{
    Keep,
    Extend,
    Reverse,
}

/// <summary>
/// One review of an adjustment: the decision, the day it was taken, the coach who recorded it (null for a coordinator),
/// its effect in a few words, and for an extension the new review date beside the one it replaced.
/// </summary>
public sealed record AdjustmentDecision(
    AdjustmentDecisionKind Decision, DateOnly Date, string? CoachId, string Effect, DateOnly? NewReviewDate,
    DateOnly PreviousReviewDate);

/// <summary>
/// A workplace adjustment (aanpassing), reviewed over time and kept, extended or reversed. Every review is appended to
/// <see cref="Decisions"/>, oldest first, and never rewritten, so the history shows what was tried and what it did.
/// </summary>
public sealed record Adjustment(AdjustmentKind Kind, string? Description, DateOnly StartDate, DateOnly ReviewDate, AdjustmentStatus Status)
{
    /// <summary>Stable within its job ("a1", "a2", …); rows from before ids existed get theirs by position when read.</summary>
    public string Id { get; init; } = "";

    /// <summary>Empty on adjustments never reviewed, and on rows from before the history existed.</summary>
    public IReadOnlyList<AdjustmentDecision> Decisions { get; init; } = [];

    /// <summary>Active or extended: a review is still to come, at <see cref="ReviewDate"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool UnderReview => Status is AdjustmentStatus.Active or AdjustmentStatus.Extended;

    /// <summary>Kept and under review can still be decided on; a reversed adjustment is over.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Decidable => Status != AdjustmentStatus.Reversed;

    /// <summary>The adjustment as it stood on a day: the decisions taken up to then applied to the first review date.</summary>
    public Adjustment AsOf(DateOnly day)
    {
        if (Decisions.Count == 0 || Decisions[^1].Date <= day)
            return this;
        var stood = this with { Status = AdjustmentStatus.Active, ReviewDate = Decisions[0].PreviousReviewDate };
        foreach (var decision in Decisions.TakeWhile(d => d.Date <= day))
            stood = stood.Apply(decision);
        return stood;
    }

    /// <summary>The status and review date after a decision; the decision itself is appended by <see cref="Decide"/>.</summary>
    private Adjustment Apply(AdjustmentDecision d) => d.Decision switch
    {
        AdjustmentDecisionKind.Extend when d.NewReviewDate is { } review =>
            this with { Status = AdjustmentStatus.Extended, ReviewDate = review },
        AdjustmentDecisionKind.Keep => this with { Status = AdjustmentStatus.Kept },
        AdjustmentDecisionKind.Reverse => this with { Status = AdjustmentStatus.Reversed },
        _ => this,
    };

    public Adjustment Decide(AdjustmentDecision decision) => Apply(decision) with { Decisions = [.. Decisions, decision] };
}

/// <summary>Ids for a job's adjustments, and carrying an adjustment's id and history over a replaced list.</summary>
internal static class AdjustmentIds
{
    /// <summary>Every adjustment with an id: a missing one gets the first free "a{n}", counting from its position.</summary>
    public static IReadOnlyList<Adjustment> Identified(IReadOnlyList<Adjustment> adjustments)
    {
        if (adjustments.All(a => a.Id.Length > 0))
            return adjustments;
        var taken = adjustments.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var result = new List<Adjustment>(adjustments.Count);
        for (var i = 0; i < adjustments.Count; i++)
            result.Add(adjustments[i].Id.Length > 0 ? adjustments[i] : adjustments[i] with { Id = Free(taken, i + 1) });
        return result;
    }

    /// <summary>A new adjustment's id beside the ones the job has.</summary>
    public static string Next(IReadOnlyList<Adjustment> existing) =>
        Free(existing.Select(a => a.Id).ToHashSet(StringComparer.Ordinal), existing.Count + 1);

    /// <summary>
    /// A list sent whole (a job update) in place of the stored one: an entry with the kind, description and start of a
    /// stored adjustment is that adjustment, and keeps its id and its decisions; the others are new, with new ids.
    /// </summary>
    public static IReadOnlyList<Adjustment> Replace(IReadOnlyList<Adjustment> stored, IReadOnlyList<Adjustment> sent)
    {
        var left = stored.ToList();
        var result = sent.Select(a =>
        {
            var same = left.FirstOrDefault(s => s.Kind == a.Kind && s.StartDate == a.StartDate && s.Description == a.Description);
            if (same is null)
                return a with { Id = "" };
            left.Remove(same);
            return a with { Id = same.Id, Decisions = same.Decisions };
        }).ToList();
        // Ids of dropped adjustments stay taken: a client holding one never reaches another adjustment with it.
        var taken = stored.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
            if (result[i].Id.Length == 0)
                result[i] = result[i] with { Id = Free(taken, i + 1) };
        return result;
    }

    private static string Free(HashSet<string> taken, int from)
    {
        var n = from;
        while (taken.Contains($"a{n}"))
            n++;
        var id = $"a{n}";
        taken.Add(id);
        return id;
    }
}
