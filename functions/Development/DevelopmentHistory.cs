using IpsMonitor.Questionnaires;

namespace IpsMonitor.Development;

/// <summary>One answered candidate check-in as the development view shows it; null where the candidate left an item out.</summary>
internal sealed record DevelopmentPoint(
    DateOnly Date, decimal? WorkAbility, decimal? Energy, decimal? Satisfaction, decimal? Fit,
    decimal? HoursWorked, decimal? DesiredHours, bool? LearnedNew, bool? NewTasks, bool? HasGoals);

/// <summary>
/// The candidate's own answers over time. Only answered check-ins of the candidate themselves are read: a supervisor's
/// answers never reach this view, whatever invitations are passed in. Pure, so the page and its tests agree.
/// </summary>
internal static class DevelopmentHistory
{
    /// <summary>At most this many check-ins: about two years at the regular rhythm, and still a readable chart on a phone.</summary>
    public const int MaxPoints = 12;

    public static IReadOnlyList<DevelopmentPoint> Of(IEnumerable<Invitation> invitations) =>
        invitations
            .Where(i => i is { Respondent: Respondent.Candidate, State: InvitationState.Answered, AnsweredAt: not null })
            .OrderBy(i => i.AnsweredAt)
            .TakeLast(MaxPoints)
            .Select(i => new DevelopmentPoint(
                Platform.ProgrammeTime.DateOf(i.AnsweredAt!.Value),
                Number(i, ItemIds.WorkAbility), Number(i, ItemIds.Energy), Number(i, ItemIds.Satisfaction), Number(i, ItemIds.Fit),
                Number(i, ItemIds.HoursWorked), Number(i, ItemIds.DesiredHours),
                YesNo(i, ItemIds.LearnedNew), YesNo(i, ItemIds.NewTasks), YesNo(i, ItemIds.HasGoals)))
            .ToList();

    private static decimal? Number(Invitation i, string itemId) => i.Answers.TryGetValue(itemId, out var a) ? a.Number : null;

    private static bool? YesNo(Invitation i, string itemId) => Number(i, itemId) is { } n ? n >= 1 : null;
}
