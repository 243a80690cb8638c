namespace IpsMonitor.Development;

/// <summary>
/// The candidate's goals and talk points as "Mijn ontwikkeling" shows them, each with its own form. A new goal or point
/// is a form with a fresh id, so sending it twice writes one row. GoalsStatus and PointsStatus say what the last send there did (saved, removed);
/// Problem is why a send was not saved, shown at its form with the text as it was sent.
/// </summary>
public sealed record VoiceView(
    string Action, FormToken Token,
    IReadOnlyList<VoiceEntry> Goals, string NewGoalId, bool GoalsFull, IReadOnlyList<VoiceEntry> Reached,
    IReadOnlyList<VoiceEntry> Points, string NewPointId, bool PointsFull,
    string? GoalsStatus, string? PointsStatus, VoiceProblem? Problem)
{
    /// <summary>The text a form shows: what was sent with a problem, else what is stored.</summary>
    public string TextOf(string id, string stored) => Problem is { } p && p.Id == id ? p.Text : stored;

    /// <summary>The problem of a form, if the last send of that form had one.</summary>
    public string? ProblemOf(string id) => Problem is { } p && p.Id == id ? p.Message : null;
}

/// <summary>One goal or point: its id, its text, and for a reached goal when it was reached.</summary>
public sealed record VoiceEntry(string Id, string Text, string? Note = null);

/// <summary>Why a send was not saved: the form's id, the message in the candidate's language and the text as sent.</summary>
public sealed record VoiceProblem(string Id, string Message, string Text);

/// <summary>What a page behind the candidate's own link adds to its forms: the antiforgery field and the last send's outcome.</summary>
/// <param name="Section">Where Status is said: "goals" or "points".</param>
internal sealed record VoiceForms(FormToken Token, string? Status = null, string? Section = null, VoiceProblem? Problem = null);
