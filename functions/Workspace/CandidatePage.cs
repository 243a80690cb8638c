using System.Globalization;
using IpsMonitor.Access;
using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Platform;
using IpsMonitor.Questionnaires;
using IpsMonitor.Signals;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace IpsMonitor.Workspace;

/// <summary>
/// One candidate for their coach: referral and jobs with adjustments, disclosure and consent, the driegesprek preparation,
/// signals with their evidence, the check-in history, and the forms that change them. Each page read is one audit row.
/// A candidate of another caseload or programme, or one that does not exist, gets the same refusal.
/// </summary>
internal sealed class CandidatePage(
    StaffPages pages, StaffGate gate, CaseloadStore caseload, CheckInStore checkIns, ReminderStore reminders, SignalStore signals, AuditLog audit,
    QuestionnaireCatalog catalog, IOptions<SignalRules> rules, IOptions<DataRights.RetentionOptions> retention, TimeProvider time)
{
    [Function("ShowCandidate")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/candidates/{candidateId}")] HttpRequest request, string candidateId, CancellationToken ct)
    {
        if (!(await pages.SignedInAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        if (!(await gate.CandidateAsync(staff, candidateId, ct)).Passed(out var admission, out _))
            return NoAccess(request);
        await audit.RecordAsync(staff, "view candidate page", candidateId, ct);
        return StaffPages.Page(await RenderAsync(request, staff, admission.File, null, ct));
    }

    /// <summary>The page, with the outcome of a form just sent (its errors, or a link to hand over) at the top.</summary>
    public async Task<string> RenderAsync(HttpRequest request, Staff staff, CandidateFile file, string? outcome, CancellationToken ct, CandidateForms.Posted? posted = null)
    {
        var t = StaffText.For(StaffPages.Language(request));
        var c = file.Candidate;
        var today = time.Today();
        var jobs = (await caseload.JobsAsync(c.ProgrammeId, c.Id, ct)).OrderByDescending(j => j.StartDate).ToList();
        var invitations = (await checkIns.ForCandidateAsync(c.ProgrammeId, c.Id, ct)).Select(f => f.Invitation).ToList();
        var reminded = (await reminders.ForCandidateAsync(c.ProgrammeId, c.Id, ct)).Where(r => r.State == ReminderState.Sent).ToList();
        var (stored, _) = await signals.LoadAsync(c.ProgrammeId, c.Id, ct);
        var preparation = DriegesprekPreparation.For(invitations, jobs, stored, today, catalog.CurrentScaleStatistics, rules.Value);
        var chrome = new StaffChrome(t, StaffPages.Base(request), pages.FormToken(request.HttpContext), staff.IsCoordinator) { Self = StaffPages.Base(request) + "candidates/" + file.Candidate.Id };
        var action = chrome.Base + "candidates/" + c.Id + "/";
        var form = chrome.AntiforgeryField;
        var status = CandidateDtos.Status(c, jobs, today);
        var title = string.Format(t.Culture, t.CandidateTitle, c.Id);

        var body = $"""
            <p class="no-print"><a href="{Html.Url(chrome.Base + "caseload")}">{t.BackToCaseload}</a></p>
            <h1>{Html.Encode(title)}</h1>
            <p class="print-only">{t.ForCoachOnly} · {StaffLayout.Date(today, t)}{(c.LocalReference is null ? "" : " · " + Html.Encode(c.LocalReference))}</p>
            {(outcome is null && request.Query.ContainsKey("saved") ? $"<p class=\"notice\" role=\"status\">{t.Saved}</p>" : "")}
            {outcome}
            <dl class="facts">
            <dt>{t.LocalReference}</dt><dd>{Html.Encode(c.LocalReference ?? "–")}</dd>
            <dt>{t.Coach}</dt><dd>{Html.Encode(c.CoachId)}</dd>
            <dt>{t.Status}</dt><dd>{t.StatusLabel(status)}</dd>
            <dt>{t.Referral}</dt><dd>{string.Join("; ", c.Referrals.Select(r => Referral(r, t)))}</dd>
            </dl>
            {DataRights.DataRightsPage.Notice(t.Lang, chrome.Base, c, staff.IsCoordinator, retention.Value)}
            {Handover(t, action, form, c, jobs, today)}
            {DriegesprekSection.Render(preparation, t)}
            <section aria-labelledby="jobs-title"><h2 id="jobs-title">{t.Jobs}</h2>
            {(jobs.Count == 0 ? $"<p>{t.NoJobs}</p>" : string.Concat(jobs.Select(j => JobCard(t, action, form, j, today, posted))))}
            {(c.IsDischarged ? "" : CandidateForms.JobStartForm(t, action, form, posted))}
            </section>
            {SignalsSection(t, action, form, stored)}
            {History(t, invitations, reminded)}
            {(c.IsDischarged ? "" : CandidateForms.DischargeForm(t, action, form, today, posted))}
            """;
        return StaffLayout.Document(t, title, body, chrome);
    }

    public static IResult NoAccess(HttpRequest request)
    {
        var t = StaffText.For(StaffPages.Language(request));
        return StaffPages.Page(StaffLayout.Message(t, t.NoAccessTitle, t.NoAccess, StaffPages.Base(request) + "caseload"), StatusCodes.Status403Forbidden);
    }

    private static string Referral(Referral r, StaffText t) =>
        string.Format(t.Culture, r.DischargeDate is null ? t.ReferredOn : t.ReferredAndDischarged, StaffLayout.Date(r.ReferralDate, t), StaffLayout.Date(r.DischargeDate, t))
        + (r.EmployedAtReferral ? " · " + t.EmployedAtReferral : "");

    private static string Handover(StaffText t, string action, string form, Candidate c, List<Job> jobs, DateOnly today)
    {
        if (c.IsDischarged)
            return "";
        var supervisor = jobs.FirstOrDefault(j => j.IsOpenOn(today))?.Supervisor.CanBeInvited == true
            ? $"""<label class="choice"><input type="radio" name="respondent" value="supervisor"> {t.ForSupervisor}</label>""" : "";
        return $"""
            <section class="no-print" aria-labelledby="handover-title"><h2 id="handover-title">{t.HandOverTitle}</h2>
            <form method="post" action="{Html.Url(action + "links")}">{form}
            <fieldset><legend>{t.LinkFor}</legend>
            <label class="choice"><input type="radio" name="respondent" value="candidate" checked> {t.ForCandidate}</label>
            {supervisor}
            </fieldset>
            <label class="choice"><input type="checkbox" name="sendByEmail" value="true"> {t.AlsoMail}</label>
            <p><button type="submit">{t.PrepareQuestionnaire}</button></p>
            </form></section>
            """;
    }

    private static string JobCard(StaffText t, string action, string form, Job j, DateOnly today, CandidateForms.Posted? posted)
    {
        var trial = j.Kind == PlacementKind.Proefplaatsing
            ? $"<dt>{t.TrialEnd}</dt><dd>{StaffLayout.Date(j.TrialEndDate, t)}</dd><dt>{t.TrialGoals}</dt><dd>{Html.Encode(j.TrialGoals ?? "–")}</dd><dt>{t.TrialDecision}</dt><dd>{Html.Encode(j.TrialDecision ?? t.NoDecisionYet)}</dd>"
            : "";
        var adjustments = j.Adjustments.Count == 0 ? t.NoAdjustments
            : "<ul>" + string.Concat(j.Adjustments.Select(a =>
                $"<li>{t.AdjustmentLabel(a.Kind)}{(a.Description is null ? "" : ": " + Html.Encode(a.Description))} · {t.Since} {StaffLayout.Date(a.StartDate, t)} · {t.ReviewOn} {StaffLayout.Date(a.ReviewDate, t)}{(a.ReviewDate <= today && a.Status != AdjustmentStatus.Reversed ? " <strong>(" + t.ReviewDue + ")</strong>" : "")} · {t.AdjustmentStatusLabel(a.Status)}</li>")) + "</ul>";
        var open = j.IsOpenOn(today) || j.StartDate > today;
        return $"""
            <article class="card" id="job-{Html.Encode(j.Id)}">
            <h3>{Html.Encode(j.JobTitle)}, {Html.Encode(j.Employer)}</h3>
            <dl class="facts">
            <dt>{t.Kind}</dt><dd>{t.KindLabel(j.Kind)}{(j.Competitive ? " · " + t.Competitive : "")}</dd>
            <dt>{t.Sector}</dt><dd>{Html.Encode(SectorCatalogue.Find(j.Sector)?.Label ?? j.Sector)}</dd>
            <dt>{t.Period}</dt><dd>{StaffLayout.Date(j.StartDate, t)} – {(j.EndDate is null ? t.Ongoing : StaffLayout.Date(j.EndDate, t) + (j.EndReason is null ? "" : " (" + Html.Encode(j.EndReason) + ")"))}</dd>
            <dt>{t.ContractHours}</dt><dd>{t.Hours(j.ContractHoursPerWeek)}</dd>
            {trial}
            <dt>{t.Adjustments}</dt><dd>{adjustments}</dd>
            <dt>{t.Disclosure}</dt><dd>{t.DisclosureLabel(j.Disclosure)}</dd>
            <dt>{t.SupervisorConsent}</dt><dd>{(j.Supervisor.Consent ? t.Yes : t.No)}{(j.Supervisor.Name is null ? "" : " · " + Html.Encode(j.Supervisor.Name))}{(j.Supervisor.Email is null ? "" : " · " + t.HasEmail)}</dd>
            </dl>
            {(open ? CandidateForms.JobChangeForm(t, action, form, j, posted) + CandidateForms.ConsentForm(t, action, form, j, posted) + CandidateForms.JobEndForm(t, action, form, j, today, posted) : "")}
            </article>
            """;
    }

    private static string SignalsSection(StaffText t, string action, string form, List<StoredSignal> stored)
    {
        string Card(StoredSignal s)
        {
            var evidence = s.Evidence.Count == 0 ? "" : "<details><summary>" + t.Evidence + "</summary><ul>" + string.Concat(s.Evidence.Select(e =>
                $"<li>{StaffLayout.Date(e.Date, t)} · {Html.Encode(e.ItemId)} = {Html.Encode(e.Value)}</li>")) + "</ul></details>";
            var acknowledged = string.Concat(s.Acknowledgements.Select(a =>
                $"""<p class="notice" data-acknowledged="true">{string.Format(t.Culture, t.AcknowledgedBy, Html.Encode(a.By), StaffLayout.Date(a.At, t))}{(string.IsNullOrEmpty(a.Note) ? "" : ": " + Html.Encode(a.Note))}</p>"""));
            var ack = s.ResolvedAt is null && s.AcknowledgedAt is null ? $"""
                <form method="post" action="{Html.Url(action + "signals/" + s.Id + "/acknowledge")}" class="no-print">{form}
                <label for="note-{Html.Encode(s.Id)}">{t.AcknowledgeNote}</label>
                <textarea id="note-{Html.Encode(s.Id)}" name="note" maxlength="500" rows="2"></textarea>
                <p><button type="submit" class="secondary">{t.Acknowledge}</button></p>
                </form>
                """ : "";
            return $"""
                <article class="signal{(s.ResolvedAt is null ? "" : " resolved")}" id="signal-{Html.Encode(s.Id)}" data-type="{Html.Encode(s.Type)}">
                <h3><span class="badge {s.Severity.ToString().ToLowerInvariant()}">{t.SeverityLabel(s.Severity)}</span> {Html.Encode(t.SignalLabel(s.Type))}</h3>
                <p>{Html.Encode(t.Lang == "en" ? s.ExplanationEn : s.ExplanationNl)}</p>
                <p class="hint">{t.OpenedOn} {StaffLayout.Date(s.OpenedAt, t)}{(s.ResolvedAt is { } r ? " · " + t.ResolvedOn + " " + StaffLayout.Date(r, t) : "")} · {t.RuleVersion} {Html.Encode(s.RuleVersion)}</p>
                {evidence}{acknowledged}{ack}
                </article>
                """;
        }
        var open = stored.Where(s => s.ResolvedAt is null).OrderByDescending(s => s.Severity).ThenBy(s => s.OpenedAt).ToList();
        var resolved = stored.Where(s => s.ResolvedAt is not null).OrderByDescending(s => s.ResolvedAt).ToList();
        return $"""
            <section id="signals" aria-labelledby="signals-title"><h2 id="signals-title">{t.Signals}</h2>
            <p class="hint">{t.SignalsAreAdvice}</p>
            <h3>{t.OpenSignals}</h3>{(open.Count == 0 ? $"<p>{t.NoOpenSignals}</p>" : string.Concat(open.Select(Card)))}
            {(resolved.Count == 0 ? "" : $"<details><summary>{string.Format(t.Culture, t.ResolvedSignals, resolved.Count)}</summary>{string.Concat(resolved.Select(Card))}</details>")}
            </section>
            """;
    }

    private static string History(StaffText t, List<Invitation> invitations, List<Reminder> reminded)
    {
        string Reminded(Invitation i) =>
            string.Join(", ", reminded.Where(r => r.InvitationId == i.Id).OrderBy(r => r.SentAt).Select(r => StaffLayout.Date(r.SentAt, t)).DefaultIfEmpty("–"));
        var rows = invitations.OrderByDescending(i => i.DueDate).ThenByDescending(i => i.CreatedAt).Select(i => $"""
            <tr><td data-label="{t.Due}">{StaffLayout.Date(i.DueDate, t)}</td><td data-label="{t.Respondent}">{(i.Respondent == Respondent.Candidate ? t.CandidateSide : t.SupervisorSide)}</td><td data-label="{t.State}">{t.StateLabel(i.State)}</td><td data-label="{t.RemindedOn}">{Reminded(i)}</td><td data-label="{t.AnsweredOn}">{StaffLayout.Date(i.AnsweredAt, t)}</td></tr>
            """);
        return $"""
            <section aria-labelledby="history-title"><h2 id="history-title">{t.CheckInHistory}</h2>
            {(invitations.Count == 0 ? $"<p>{t.NoCheckIns}</p>" : $"<table class=\"stack\"><caption class=\"visually-hidden\">{t.CheckInHistory}</caption><thead><tr><th scope=\"col\">{t.Due}</th><th scope=\"col\">{t.Respondent}</th><th scope=\"col\">{t.State}</th><th scope=\"col\">{t.RemindedOn}</th><th scope=\"col\">{t.AnsweredOn}</th></tr></thead><tbody>{string.Concat(rows)}</tbody></table>")}
            </section>
            """;
    }
}
