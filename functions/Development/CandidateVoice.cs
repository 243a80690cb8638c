namespace IpsMonitor.Development;

/// <summary>Where a development goal stands: still worked on, or reached. A goal the candidate no longer wants is removed, not kept.</summary>
public enum GoalState
{
    Active,
    Reached,
}

/// <summary>A development goal in the candidate's own words; the id is the one its form was rendered with, so a second send writes the same row.</summary>
public sealed record DevelopmentGoal(string Id, string Text, GoalState State, DateTimeOffset WrittenAt, DateTimeOffset ChangedAt);

/// <summary>A point the candidate wants to talk about at the next driegesprek; the coach marks it discussed once talked about.</summary>
public sealed record TalkPoint(string Id, string Text, DateTimeOffset WrittenAt, DateTimeOffset? DiscussedAt)
{
    internal bool IsOpen => DiscussedAt is null;
}

/// <summary>
/// The candidate's own voice in "Mijn ontwikkeling": up to <see cref="MaxGoals"/> goals being worked on, and the points
/// for the next talk. Bounded, so a page and the agenda show what a person can read, and a form cannot fill storage.
/// </summary>
internal sealed record CandidateVoice(IReadOnlyList<DevelopmentGoal> Goals, IReadOnlyList<TalkPoint> Points)
{
    /// <summary>Three goals at a time: enough to choose from, few enough to work on (the brief's number).</summary>
    public const int MaxGoals = 3;

    /// <summary>Open points at a time: about what one talk can cover.</summary>
    public const int MaxOpenPoints = 5;

    /// <summary>Characters of a goal: a sentence or two, as a goal is best written.</summary>
    public const int GoalLength = 300;

    /// <summary>Characters of a point: a short paragraph.</summary>
    public const int PointLength = 500;

    /// <summary>Reached goals shown beside the active ones, newest first; older ones stay stored for the export.</summary>
    public const int ReachedShown = 5;

    public static readonly CandidateVoice None = new([], []);

    public IReadOnlyList<DevelopmentGoal> ActiveGoals => [.. Goals.Where(g => g.State == GoalState.Active).OrderBy(g => g.WrittenAt)];

    public IReadOnlyList<DevelopmentGoal> ReachedGoals =>
        [.. Goals.Where(g => g.State == GoalState.Reached).OrderByDescending(g => g.ChangedAt).Take(ReachedShown)];

    public IReadOnlyList<TalkPoint> OpenPoints => [.. Points.Where(p => p.IsOpen).OrderBy(p => p.WrittenAt)];
}
