using IpsMonitor.CheckIns;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.Workbooks;

/// <summary>
/// The scale items the workbook averages, in column order, with their Dutch labels, and the dimensions both respondents
/// rate. Who answers an item is what <see cref="KnownItems"/> says of its id, so it is written down once.
/// </summary>
internal static class ScaleItems
{
    public static readonly IReadOnlyList<(string ItemId, Respondent Respondent, string Label)> All = new[]
    {
        (ItemIds.WorkAbility, "Werkvermogen (0–10)"), (ItemIds.Energy, "Energie (1–5)"),
        (ItemIds.Workload, "Werkdruk (1–5, 3 = goed)"), (ItemIds.Satisfaction, "Tevredenheid (1–5)"),
        (ItemIds.Fit, "Passend werk (1–5)"), (ItemIds.Support, "Ervaren steun (1–5)"),
        (ItemIds.SupervisorProgress, "Voortgang (1–5)"), (ItemIds.SupervisorSocialFit, "Sociale inpassing (1–5)"),
        (ItemIds.SupervisorWorkAbility, "Werkvermogen (0–10)"), (ItemIds.SupervisorFit, "Passend werk (1–5)"),
        (ItemIds.SupervisorIndependent, "Zelfstandig taken uitvoeren (1–5)"),
        (ItemIds.SupervisorCoachCollaboration, "Samenwerking met IPS-begeleider (1–5)"),
    }.Select(i => (i.Item1, KnownItems.All[i.Item1].Respondent, i.Item2)).ToList();

    /// <summary>The dimensions both rate, named as the candidate's item is labelled.</summary>
    public static readonly IReadOnlyList<(string Name, string CandidateItem, string SupervisorItem)> Shared =
        new[] { (ItemIds.WorkAbility, ItemIds.SupervisorWorkAbility), (ItemIds.Fit, ItemIds.SupervisorFit) }
            .Select(d => (LabelOf(d.Item1), d.Item1, d.Item2)).ToList();

    public static string LabelOf(string itemId) => All.First(i => i.ItemId == itemId).Label;
}
