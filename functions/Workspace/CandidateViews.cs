using System.Globalization;

namespace IpsMonitor.Workspace;

/// <summary>The candidate page's facts, jobs, history and form lists, worded in the reader's language.</summary>
internal static class CandidateViews
{
    public static CandidateFormsView Forms(StaffText t, string action, Platform.FormToken token, PostedForm? posted, DateOnly today) =>
        new(t, action, token, posted, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Enum.GetValues<Caseload.Disclosure>().Select(d => new Choice(d.ToString(), t.DisclosureLabel(d))).ToList(),
            Enum.GetValues<PlacementKind>().Select(k => new Choice(k.ToString(), t.KindLabel(k))).ToList(),
            SectorCatalogue.All.Select(x => new Choice(x.Code, t.SectorLabel(x))).ToList());

    /// <summary>
    /// The candidate's facts; the coach by name (<paramref name="coach"/>), their code only when no name is recorded.
    /// </summary>
    public static IReadOnlyList<Fact> Facts(StaffText t, Candidate c, string coach, string status) =>
    [
        new(t.LocalReference, c.LocalReference ?? "–"),
        new(t.Coach, coach),
        new(t.Status, t.StatusLabel(status)),
        new(t.Referral, string.Join("; ", c.Referrals.Select(r => Referral(r, t)))),
    ];

    private static string Referral(Referral r, StaffText t) =>
        string.Format(t.Culture, r.DischargeDate is null ? t.ReferredOn : t.ReferredAndDischarged,
            StaffLayout.Date(r.ReferralDate, t), StaffLayout.Date(r.DischargeDate, t))
        + (r.EmployedAtReferral ? " · " + t.EmployedAtReferral : "")
        + (r.Discharge is { } reason ? " · " + t.ReasonLabel(reason) : "");

    public static JobView Job(StaffText t, Job j, DateOnly today, bool discharged, StaffNames names)
    {
        var ended = j.EndDate is null ? t.Ongoing
            : StaffLayout.Date(j.EndDate, t) + (j.Ending is { } reason ? " (" + t.ReasonLabel(reason) + ")" : "");
        var facts = new List<Fact>
        {
            new(t.Kind, t.KindLabel(j.Kind) + (j.Competitive ? " · " + t.Competitive : "")),
            new(t.Sector, SectorCatalogue.Find(j.Sector) is { } sector ? t.SectorLabel(sector) : j.Sector),
            new(t.Period, StaffLayout.Date(j.StartDate, t) + " – " + ended),
            new(t.ContractHours, t.Hours(j.ContractHoursPerWeek)),
        };
        if (j.Kind == PlacementKind.Proefplaatsing)
            facts.AddRange([
                new(t.TrialEnd, StaffLayout.Date(j.TrialEndDate, t)),
                new(t.TrialGoals, j.TrialGoals ?? "–"),
                new(t.TrialDecision, t.TrialDecisionLabel(j.Trial)),
            ]);
        var adjustments = j.Adjustments.Select(a => AdjustmentViews.Line(t, a, today, j.EndDate <= today, names)).ToList();
        var supervisor = (j.Supervisor.Consent ? t.Yes : t.No)
            + (j.Supervisor.Name is null ? "" : " · " + j.Supervisor.Name) + (j.Supervisor.Email is null ? "" : " · " + t.HasEmail);
        var values = new JobFormValues(
            j.Kind == PlacementKind.Proefplaatsing, j.ContractHoursPerWeek.ToString("0.#", t.Culture), j.FourPaidHoursConfirmed,
            j.TrialEndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), j.TrialGoals, j.Trial?.Outcome?.ToString(),
            j.Disclosure.ToString(), j.Supervisor.Consent, j.Supervisor.Name)
        {
            TrialDecisionDate = j.Trial?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            CandidateFirstName = j.Supervisor.CandidateFirstName,
        };
        // An ended job (ended today included) and a discharged candidate's jobs are history: no form that cannot succeed.
        var changeable = !discharged && !(j.EndDate <= today);
        return new JobView(j.Id, $"{j.JobTitle}, {j.Employer}", facts, adjustments, t.DisclosureLabel(j.Disclosure), supervisor,
            changeable, values) { EndRecorded = j.EndDate is not null };
    }

    /// <summary>The candidate's education, newest first: kind, goal or next to work, and the period.</summary>
    /// <summary>The supervisors a link can be for; named by employer only when there is more than one to choose from.</summary>
    public static HandoverView Handover(StaffText t, IReadOnlyList<Job> jobs, DateOnly today)
    {
        var asked = jobs.Where(j => j.SupervisorMayBeAskedOn(today)).ToList();
        return new(asked.Select(j => new Choice(j.Id,
            asked.Count == 1 ? t.ForSupervisor : string.Format(t.Culture, t.ForSupervisorAt, j.Employer))).ToList());
    }

    public static IReadOnlyList<EducationView> Education(StaffText t, Candidate c, DateOnly today) =>
    [
        .. c.Education.OrderByDescending(e => e.StartDate).Select(e => new EducationView(e.Id,
            $"{t.EducationKindLabel(e.Kind)} · {(e.IsGoal ? t.EducationIsGoal : t.EducationNextToWork)} · "
                + $"{StaffLayout.Date(e.StartDate, t)} – {(e.EndDate is null ? t.Ongoing : StaffLayout.Date(e.EndDate, t))}",
            e.EndDate is null || e.EndDate > today)),
    ];

    /// <summary>Discharge stops every open check-in: one stored as open before that rule still reads as stopped.</summary>
    public static IReadOnlyList<HistoryLine> History(StaffText t, List<Invitation> invitations, List<Reminder> reminded, bool discharged)
    {
        string Reminded(Invitation i) => string.Join(", ", reminded.Where(r => r.InvitationId == i.Id).OrderBy(r => r.SentAt)
            .Select(r => StaffLayout.Date(r.SentAt, t)).DefaultIfEmpty("–"));
        return invitations.OrderByDescending(i => i.DueDate).ThenByDescending(i => i.CreatedAt).Select(i => new HistoryLine(
            StaffLayout.Date(i.DueDate, t), i.Respondent == Respondent.Candidate ? t.CandidateSide : t.SupervisorSide,
            t.StateLabel(discharged && i.State == InvitationState.Open ? InvitationState.Cancelled : i.State), Reminded(i),
            StaffLayout.Date(i.AnsweredAt, t))).ToList();
    }
}
