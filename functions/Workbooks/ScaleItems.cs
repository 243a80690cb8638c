using IpsMonitor.CheckIns;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.Workbooks;

/// <summary>The scale items the workbook averages, with their Dutch labels, and the dimensions both respondents rate.</summary>
internal static class ScaleItems
{
    public static readonly IReadOnlyList<(string ItemId, Respondent Respondent, string Label)> All =
    [
        (ItemIds.WorkAbility, Respondent.Candidate, "Werkvermogen (0–10)"),
        (ItemIds.Energy, Respondent.Candidate, "Energie (1–5)"),
        (ItemIds.Workload, Respondent.Candidate, "Werkdruk (1–5, 3 = goed)"),
        (ItemIds.Satisfaction, Respondent.Candidate, "Tevredenheid (1–5)"),
        (ItemIds.Fit, Respondent.Candidate, "Passend werk (1–5)"),
        (ItemIds.Support, Respondent.Candidate, "Ervaren steun (1–5)"),
        (ItemIds.SupervisorProgress, Respondent.Supervisor, "Voortgang (1–5)"),
        (ItemIds.SupervisorSocialFit, Respondent.Supervisor, "Sociale inpassing (1–5)"),
        (ItemIds.SupervisorWorkAbility, Respondent.Supervisor, "Werkvermogen (0–10)"),
        (ItemIds.SupervisorFit, Respondent.Supervisor, "Passend werk (1–5)"),
        (ItemIds.SupervisorIndependent, Respondent.Supervisor, "Zelfstandig taken uitvoeren (1–5)"),
        (ItemIds.SupervisorCoachCollaboration, Respondent.Supervisor, "Samenwerking met IPS-begeleider (1–5)"),
    ];

    public static readonly IReadOnlyList<(string Name, string CandidateItem, string SupervisorItem)> Shared =
    [
        ("Werkvermogen (0–10)", ItemIds.WorkAbility, ItemIds.SupervisorWorkAbility),
        ("Passend werk (1–5)", ItemIds.Fit, ItemIds.SupervisorFit),
    ];

    public static string LabelOf(string itemId) => All.First(i => i.ItemId == itemId).Label;
}
